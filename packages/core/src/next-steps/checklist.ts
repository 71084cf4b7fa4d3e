import { addDaysToDate, laterDate, monthOf, todayIn } from '../care-plan/calendar';
import { stepKey } from './stepKey';
import type { CareDates } from '../care-plan/careView';
import type { ChecklistItem } from './checklistItem';
import type { Classification } from '../classification/classification';
import type { CompanyInput, EvaluationContext, TaskInput } from '../company/companyInput';
import { prop, readText } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import { ruleIds } from '../config/vocabulary';
import { inputChecks } from './inputChecks';
import { nextStepRules, type RuleFacts } from './nextStepRules';
import { isOpenTask, readStepKey } from './stepMarker';
import { stepTitles } from './stepTitles';

function taskState(key: string, tasks: readonly TaskInput[]) {
  const matching = tasks.filter((task) => readStepKey(task.properties.hs_task_body) === key);
  const open = matching.find(isOpenTask);
  if (open) return { state: 'open' as const, taskId: open.id };
  const done = matching[0];
  return done
    ? { state: 'done' as const, taskId: done.id }
    : { state: 'suggested' as const, taskId: null };
}

/**
 * The company's next steps in rule order, each with its state from the company's tasks.
 * @example an unidentified company without tasks → a 'suggested' classify item due today + 14 days
 */
export function buildChecklist(
  input: CompanyInput,
  classification: Classification,
  dates: CareDates,
  config: CareConfig,
  ctx: EvaluationContext,
): ChecklistItem[] {
  const today = todayIn(ctx.now, ctx.timeZone);
  const ownerId = prop(input.properties, 'hubspot_owner_id', readText);
  const facts: RuleFacts = {
    classification,
    dates,
    config,
    ownerId,
    hasOpenTask: input.tasks.some(isOpenTask),
    relationshipStatus: prop(input.properties, 'care_relationship_status', readText),
    dataGaps: inputChecks(input, classification)
      .filter((check) => check.basic && !check.present)
      .map((check) => check.name),
    month: monthOf(today),
  };
  return ruleIds.flatMap((rule) => {
    const settings = config.nextSteps[rule];
    const hit = settings.enabled ? nextStepRules[rule](facts) : null;
    if (!hit) return [];
    const key = stepKey(input.id, rule, hit.period);
    const start = laterDate(hit.due, today);
    return [
      {
        rule,
        key,
        title: stepTitles[rule],
        dueDate: addDaysToDate(start, settings.dueOffsetDays),
        taskType: settings.taskType,
        priority: settings.priority,
        ownerId,
        ...taskState(key, input.tasks),
      },
    ];
  });
}
