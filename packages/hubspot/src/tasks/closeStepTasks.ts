import type { TaskClosure } from '@care-model/core';
import { chunks } from '../records/crmRecord';
import type { HubSpotCalls } from './syncStepTasks';

/**
 * Executes the core's closures (the app's own untouched tasks whose reason went away): one batch
 * update per 100 tasks, status COMPLETED and the reason in the body. Decides nothing itself.
 */
export async function closeStepTasks(
  calls: HubSpotCalls,
  closures: readonly TaskClosure[],
): Promise<number> {
  for (const part of chunks(closures))
    await calls.call((client) =>
      client.crm.objects.tasks.batchApi.update({
        inputs: part.map((closure) => ({
          id: closure.taskId,
          properties: { ...closure.properties },
        })),
      }),
    );
  return closures.length;
}
