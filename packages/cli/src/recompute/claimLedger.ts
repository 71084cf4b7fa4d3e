import { AssociationTypes } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import { readStepKey, type TaskProperties } from '@care-model/core';
import { claimObject } from '@care-model/functions/src/customObjects';
import { batchAnswerSchema } from '@care-model/functions/src/records';
import { taskProperties } from '@care-model/functions/src/tasks';
import { z } from 'zod';
import { TargetFailure, type CliClient } from '../hubspot/cliClient';
import type { StepTask } from './checkpoint';

/** A due next step to become a task. */
export interface Step {
  key: string;
  companyId: string;
  properties: TaskProperties;
}

const conflictSchema = z.object({ code: z.literal(409) });
const associationsSchema = z.object({
  results: z.array(
    z.object({ to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })) }),
  ),
});

/** The claims of these keys that exist (one batch read by the unique key). */
export async function readClaims(cli: CliClient, keys: readonly string[]): Promise<Set<string>> {
  const answer = batchAnswerSchema.parse(
    await cli.call((client) =>
      client.crm.objects.batchApi.read(claimObject, {
        inputs: keys.map((id) => ({ id })),
        idProperty: 'care_step_key',
        properties: ['care_step_key'],
        propertiesWithHistory: [],
      }),
    ),
  );
  return new Set(answer.results.map((r) => r.properties.care_step_key ?? ''));
}

/**
 * Claims the keys in one batch create (the unique `care_step_key` refuses a second claim, decision
 * 0007). HubSpot may refuse the whole batch for one taken key: then the taken ones are read and the
 * rest claimed again. Answers the keys claimed now and the keys already held.
 */
export async function claimKeys(
  cli: CliClient,
  steps: readonly Step[],
): Promise<{ claimed: Set<string>; held: Set<string> }> {
  const claimed = new Set<string>();
  const held = new Set<string>();
  let rest = [...steps];
  while (rest.length > 0) {
    try {
      const answer = batchAnswerSchema.parse(
        await cli.call((client) =>
          client.crm.objects.batchApi.create(claimObject, {
            inputs: rest.map((s) => ({
              properties: { care_step_key: s.key, care_company_id: s.companyId },
              associations: [],
            })),
          }),
        ),
      );
      for (const r of answer.results) claimed.add(r.properties.care_step_key ?? '');
      return { claimed, held };
    } catch (caught) {
      if (!(caught instanceof TargetFailure) || !conflictSchema.safeParse(caught.failure).success)
        throw caught;
      for (const key of await readClaims(
        cli,
        rest.map((s) => s.key),
      ))
        held.add(key);
      rest = rest.filter((s) => !held.has(s.key));
    }
  }
  return { claimed, held };
}

/** The app's tasks (by step key) among the tasks of these companies: association read, then task read. */
export async function findStepTasks(
  cli: CliClient,
  companyIds: readonly string[],
): Promise<Map<string, { taskId: string; properties: Record<string, string | null> }>> {
  const links = associationsSchema.parse(
    await cli.call((client) =>
      client.crm.associations.v4.batchApi.getPage('companies', 'tasks', {
        inputs: companyIds.map((id) => ({ id })),
      }),
    ),
  );
  const taskIds = [...new Set(links.results.flatMap((r) => r.to.map((t) => String(t.toObjectId))))];
  const found = new Map<string, { taskId: string; properties: Record<string, string | null> }>();
  for (let i = 0; i < taskIds.length; i += 100) {
    const answer = batchAnswerSchema.parse(
      await cli.call((client) =>
        client.crm.objects.tasks.batchApi.read({
          inputs: taskIds.slice(i, i + 100).map((id) => ({ id })),
          properties: taskProperties,
          propertiesWithHistory: [],
        }),
      ),
    );
    for (const task of answer.results) {
      const key = readStepKey(task.properties.hs_task_body);
      if (key !== null) found.set(key, { taskId: task.id, properties: task.properties });
    }
  }
  return found;
}

/** Creates the steps' tasks in one batch call, each associated with its company; never re-sent blindly. */
export async function createTasks(cli: CliClient, steps: readonly Step[]): Promise<StepTask[]> {
  if (steps.length === 0) return [];
  const answer = batchAnswerSchema.parse(
    await cli.callOnce((client) =>
      client.crm.objects.tasks.batchApi.create({
        inputs: steps.map((step) => ({
          properties: { ...step.properties },
          associations: [
            {
              to: { id: step.companyId },
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
    ),
  );
  return answer.results.flatMap((task) => {
    const key = readStepKey(task.properties.hs_task_body);
    const step = steps.find((s) => s.key === key);
    return step ? [{ key: step.key, companyId: step.companyId, taskId: task.id }] : [];
  });
}
