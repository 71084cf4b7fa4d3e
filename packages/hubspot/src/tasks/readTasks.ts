import type { Client } from '@hubspot/api-client';
import { readStepKey, type TaskInput } from '@care-model/core';
import { z } from 'zod';
import { batchAnswerSchema, chunks, readWhole } from '../records/crmRecord';
import { called } from '../client/callPolicy';

export const taskProperties = [
  'hs_task_subject',
  'hs_task_body',
  'hs_task_status',
  'hs_timestamp',
  'hubspot_owner_id',
  // Whether a person touched a task the app made (task hygiene, decision 0013).
  'hs_createdate',
  'hs_lastmodifieddate',
];

const associationsSchema = z.object({
  results: z.array(
    z.object({
      // The SDK's name for the answer's `from`.
      _from: z.object({ id: z.string() }),
      to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })),
    }),
  ),
  errors: z.array(z.object({ category: z.string().optional() })).optional(),
});

/** The tasks among `ids` (one batch read per 100 tasks). */
export async function readTasks(client: Client, ids: readonly string[]): Promise<TaskInput[]> {
  const read = async (part: readonly string[]) =>
    batchAnswerSchema.parse(
      await called(client, 'safe', () =>
        client.crm.objects.tasks.batchApi.read({
          inputs: part.map((id) => ({ id })),
          properties: taskProperties,
          propertiesWithHistory: [],
        }),
      ),
    );
  const pages = await Promise.all(chunks(ids).map((part) => readWhole(part, read, (t) => t.id)));
  return pages.flat().map(({ id, properties }) => ({ id, properties }));
}

/** The app's tasks among `tasks`, by the step key of their marker. */
export function tasksByStepKey(tasks: readonly TaskInput[]): Map<string, TaskInput> {
  const found = new Map<string, TaskInput>();
  for (const task of tasks) {
    const key = readStepKey(task.properties.hs_task_body);
    if (key !== null) found.set(key, task);
  }
  return found;
}

/** The app's tasks of up to 100 companies, by step key: one association read, one task read per 100. */
export async function findStepTasks(
  client: Client,
  companyIds: readonly string[],
): Promise<Map<string, TaskInput>> {
  if (companyIds.length === 0) return new Map();
  const read = async (part: readonly string[]) =>
    associationsSchema.parse(
      await called(client, 'safe', () =>
        client.crm.associations.v4.batchApi.getPage('companies', 'tasks', {
          inputs: part.map((id) => ({ id })),
        }),
      ),
    );
  const links = await readWhole(companyIds, read, (r) => r._from.id);
  const ids = links.flatMap((r) => r.to.map((t) => String(t.toObjectId)));
  return tasksByStepKey(await readTasks(client, [...new Set(ids)]));
}
