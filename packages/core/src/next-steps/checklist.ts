import { addDaysToDate, laterDate, monthOf, todayIn } from '../care-plan/calendar';
import { parseStepKey, stepKey } from './stepKey';
import type { CareDates } from '../care-plan/careView';
import type { ChecklistItem } from './checklistItem';
import type { Classification } from '../classification/classification';
import type { CompanyInput, EvaluationContext, TaskInput } from '../company/companyInput';
import { prop, readText } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import { ruleIds, type RuleId } from '../config/vocabulary';
import { inputChecks } from './inputChecks';
import { nextStepRules, type RuleFacts } from './nextStepRules';
import { documentsNextStep, isOpenTask, readClosedReason, readStepKey } from './stepMarker';
import { stepTitles } from './stepTitles';

const ruleOf = (task: TaskInput) => parseStepKey(readStepKey(task.properties.hs_task_body) ?? '');

/**
 * An item's state from the company's tasks. One open app task per rule: while a task of the rule is
 * open (of any period), a new period's item points at it instead of asking for another. A task the
 * app closed itself is not a person's done.
 */
function taskState(companyId: string, rule: RuleId, key: string, tasks: readonly TaskInput[]) {
  const matching = tasks.filter((task) => readStepKey(task.properties.hs_task_body) === key);
  const open =
    matching.find(isOpenTask) ??
    tasks.find((task) => {
      const parts = ruleOf(task);
      return isOpenTask(task) && parts?.companyId === companyId && parts.rule === rule;
    });
  if (open) return { state: 'open' as const, taskId: open.id };
  const done = matching.find((task) => readClosedReason(task.properties.hs_task_body) === null);
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
    hasOpenTask: input.tasks.some(documentsNextStep),
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
        ...taskState(input.id, rule, key, input.tasks),
      },
    ];
  });
}
