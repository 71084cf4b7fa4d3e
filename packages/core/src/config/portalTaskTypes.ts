import type { CareConfig } from './configSchema';
import type { ConfigIssue } from './parseConfig';
import { ruleIds, taskTypes, type TaskType } from './vocabulary';

/**
 * The app's task types among a portal's `hs_task_type` options, in the app's order.
 * @example portalTaskTypes(['CALL', 'MEETING', 'TODO']) → ['TODO', 'CALL']
 */
export function portalTaskTypes(options: readonly string[]): TaskType[] {
  return taskTypes.filter((type) => options.includes(type));
}

/** Rules whose task type the portal does not offer: HubSpot would refuse their tasks. */
export function taskTypeIssues(config: CareConfig, allowed: readonly TaskType[]): ConfigIssue[] {
  return ruleIds.flatMap((rule) => {
    const { taskType } = config.nextSteps[rule];
    return allowed.includes(taskType)
      ? []
      : [
          {
            path: `nextSteps.${rule}.taskType`,
            message: `This portal has no task type ${taskType}; choose one of ${allowed.join(', ')}.`,
          },
        ];
  });
}
