import type { TaskClosure } from '@care-model/core';
import { batchAnswerSchema, chunks } from '../records/crmRecord';
import type { HubSpotCalls } from './syncStepTasks';

/** Sends of the tasks a 207 refused (the first send included). */
const sends = 3;

/**
 * Executes the core's closures (the app's own untouched tasks whose reason went away): one batch
 * update per 100 tasks, status COMPLETED and the reason in the body; the tasks a 207 refused are
 * sent again. Decides nothing itself. Answers the ids of the tasks still not closed.
 */
export async function closeStepTasks(
  calls: HubSpotCalls,
  closures: readonly TaskClosure[],
): Promise<string[]> {
  const refused: string[] = [];
  for (const part of chunks(closures)) {
    let open = part;
    for (let send = 1; open.length > 0 && send <= sends; send += 1) {
      const inputs = open.map((closure) => ({
        id: closure.taskId,
        properties: { ...closure.properties },
      }));
      const answer = batchAnswerSchema.parse(
        await calls.call((client) => client.crm.objects.tasks.batchApi.update({ inputs })),
      );
      const closed = new Set(answer.results.map((task) => task.id));
      open = open.filter((closure) => !closed.has(closure.taskId));
    }
    refused.push(...open.map((closure) => closure.taskId));
  }
  return refused;
}
