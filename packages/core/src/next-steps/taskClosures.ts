import type { CompanyInput } from '../company/companyInput';
import type { CareConfig } from '../config/configSchema';
import type { RuleId } from '../config/vocabulary';
import { closedByLine, closeReasonTexts } from '../i18n/closeReasonTexts';
import type { ChecklistItem } from './checklistItem';
import type { CloseReason } from './closeReason';
import { parseStepKey } from './stepKey';
import { closedMarker, isOpenTask, isUntouched, readStepKey } from './stepMarker';

/** Why a rule's task went away when the rule no longer fires. */
const reasonOfRule: Record<RuleId, CloseReason> = {
  classify: 'classified',
  'assign-owner': 'owner-assigned',
  'contact-due': 'contacted',
  'review-due': 'review-held',
  'plan-missing': 'plan-current',
  reassess: 'reassessed',
  'check-in-due': 'checked-in',
  'no-next-step': 'next-step-documented',
  'at-risk': 'not-at-risk',
  'data-gaps': 'data-complete',
};

/** One task the app closes, with the properties that close it. */
export interface TaskClosure {
  readonly taskId: string;
  readonly companyId: string;
  readonly key: string;
  readonly reason: CloseReason;
  readonly properties: { readonly hs_task_status: 'COMPLETED'; readonly hs_task_body: string };
}

/** The body of a task the app closes: the line that says why and its marker, above the task's own body. */
export function closedTaskBody(reason: CloseReason, config: CareConfig, body: string): string {
  const line = `${closedByLine[config.locale]}: ${closeReasonTexts[reason][config.locale]}.`;
  return `${line}\n${closedMarker(reason)}\n${body}`;
}

/**
 * The app's own open tasks whose reason went away, that no person has touched, with the line that says
 * why (specification, section 4). A touched task, a person's task, and a task whose rule still fires
 * are never listed.
 * @example an untouched assign-owner task of a company that now has an owner → reason 'owner-assigned'
 */
export function taskClosures(
  input: CompanyInput,
  checklist: readonly ChecklistItem[],
  inScope: boolean,
  config: CareConfig,
): TaskClosure[] {
  const firing = new Set(checklist.map((item) => item.rule));
  return input.tasks.flatMap((task) => {
    const key = readStepKey(task.properties.hs_task_body);
    const parts = key === null ? null : parseStepKey(key);
    if (key === null || parts === null || parts.companyId !== input.id) return [];
    if (!isOpenTask(task) || !isUntouched(task) || (inScope && firing.has(parts.rule))) return [];
    const reason: CloseReason = !inScope
      ? 'out-of-scope'
      : !config.nextSteps[parts.rule].enabled
        ? 'rule-off'
        : reasonOfRule[parts.rule];
    return [
      {
        taskId: task.id,
        companyId: input.id,
        key,
        reason,
        properties: {
          hs_task_status: 'COMPLETED' as const,
          hs_task_body: closedTaskBody(reason, config, task.properties.hs_task_body ?? ''),
        },
      },
    ];
  });
}
