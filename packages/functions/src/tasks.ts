import { AssociationTypes, type Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import type { TaskInput } from '@care-model/core';
import { batchAnswerSchema, chunks, type CrmRecord } from './records';

export const taskProperties = [
  'hs_task_subject',
  'hs_task_body',
  'hs_task_status',
  'hs_timestamp',
  'hubspot_owner_id',
];

/** The tasks among `ids` (one batch read per 100 tasks). */
export async function readTasks(client: Client, ids: readonly string[]): Promise<TaskInput[]> {
  const pages = await Promise.all(
    chunks(ids).map(async (part) =>
      batchAnswerSchema.parse(
        await client.crm.objects.tasks.batchApi.read({
          inputs: part.map((id) => ({ id })),
          properties: taskProperties,
          propertiesWithHistory: [],
        }),
      ),
    ),
  );
  return pages.flatMap((page) => page.results).map(({ id, properties }) => ({ id, properties }));
}

/** Creates the tasks in one batch call, each associated with the company; returns the created records. */
export async function createCompanyTasks(
  client: Client,
  companyId: string,
  tasks: readonly Readonly<Record<string, string>>[],
): Promise<{ created: CrmRecord[]; failed: number }> {
  const answer = batchAnswerSchema.parse(
    await client.crm.objects.tasks.batchApi.create({
      inputs: tasks.map((properties) => ({
        properties: { ...properties },
        associations: [
          {
            to: { id: companyId },
            types: [
              {
                associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
                associationTypeId: AssociationTypes.taskToCompany,
              },
            ],
          },
        ],
      })),
    }),
  );
  return { created: answer.results, failed: (answer.errors ?? []).length };
}
