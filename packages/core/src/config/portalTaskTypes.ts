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

/**
 * The config with every rule's task type one the portal offers: a type it lacks becomes its first
 * (TODO where offered), so no task is sent that HubSpot would refuse.
 * @example withTaskTypes(defaultConfig, ['TODO', 'EMAIL']).nextSteps['contact-due'].taskType === 'TODO'
 */
export function withTaskTypes(config: CareConfig, allowed: readonly TaskType[]): CareConfig {
  const fallback = allowed[0];
  if (fallback === undefined) return config;
  const nextSteps = { ...config.nextSteps };
  for (const rule of ruleIds)
    if (!allowed.includes(nextSteps[rule].taskType))
      nextSteps[rule] = { ...nextSteps[rule], taskType: fallback };
  return { ...config, nextSteps };
}
