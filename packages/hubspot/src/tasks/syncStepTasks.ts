import { AssociationTypes, type Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import {
  parseStepKey,
  readStepKey,
  taskPropertiesFor,
  type CareConfig,
  type ChecklistItem,
  type EvaluationContext,
} from '@care-model/core';
import { batchAnswerSchema, type CrmRecord } from '../records/crmRecord';
import { claimKey, claimKeys, isStale, releaseClaims, type ClaimStamp } from './claimKeys';
import { findStepTasks } from './readTasks';
import { called } from '../client/callPolicy';

/** How the HubSpot calls are made: a function calls its client; the CLI paces, counts and retries. */
export interface HubSpotCalls {
  call: <T>(request: (client: Client) => Promise<T>) => Promise<T>;
  /** For a create: an unanswered request is not sent again (it may have been done). */
  callOnce: <T>(request: (client: Client) => Promise<T>) => Promise<T>;
}

/** Calls made straight on the client (an app function: the SDK's own retries, its deadline). */
export const directCalls = (client: Client): HubSpotCalls => ({
  call: (request) => request(client),
  callOnce: (request) => request(client),
});

export interface StepTaskOptions {
  /** The card: a claim older than the lease without a task is released and claimed again (0007). */
  reclaimStale: boolean;
  /** Keys this caller claimed before it was stopped (a resumed recompute): their tasks are completed. */
  owned?: ReadonlySet<string>;
  /** A create left unanswered is looked up and sent again (the CLI); a function fails instead. */
  isUnanswered?: (caught: unknown) => boolean;
  /** Written on this caller's claims, so that it knows them when a create's answer is lost. */
  stamp?: ClaimStamp;
  /** A claim read back that this caller made (its stamp): its task is looked up, else created. */
  ownsClaim?: (claim: CrmRecord) => boolean;
}

/** What a sync did: tasks it made, keys claimed by someone else (their task when known), keys HubSpot refused. */
export interface StepTaskSync {
  created: { key: string; taskId: string }[];
  existing: { key: string; taskId: string | null }[];
  failed: string[];
}

/** How often a create left unanswered is looked up and sent again. */
const createAttempts = 4;

const companyOf = (key: string) => parseStepKey(key)?.companyId ?? '';

async function createTasks(
  client: Client,
  items: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
): Promise<CrmRecord[]> {
  if (items.length === 0) return [];
  const answer = await called(client, 'create', () =>
    client.crm.objects.tasks.batchApi.create({
      inputs: items.map((item) => ({
        properties: { ...taskPropertiesFor(item, config, ctx) },
        associations: [
          {
            to: { id: companyOf(item.key) },
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
  // A 207 lists the tasks HubSpot refused in `errors`: their claims are given back by the caller.
  return batchAnswerSchema.parse(answer).results;
}

/** Creates the items' tasks (one batch call); a create left unanswered is looked up before it is sent again. */
async function createOnce(
  calls: HubSpotCalls,
  items: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
  options: StepTaskOptions,
): Promise<Map<string, string>> {
  const taskOf = new Map<string, string>();
  let rest = items;
  for (let attempt = 1; rest.length > 0; attempt += 1) {
    try {
      const created = await calls.callOnce((client) => createTasks(client, rest, config, ctx));
      for (const task of created) {
        const key = readStepKey(task.properties.hs_task_body);
        if (key !== null) taskOf.set(key, task.id);
      }
      return taskOf;
    } catch (caught) {
      if (!options.isUnanswered?.(caught) || attempt >= createAttempts) throw caught;
      const companyIds = [...new Set(rest.map((item) => companyOf(item.key)))];
      const found = await calls.call((client) => findStepTasks(client, companyIds));
      for (const item of rest) {
        const task = found.get(item.key);
        if (task) taskOf.set(item.key, task.id);
      }
      rest = rest.filter((item) => !found.has(item.key));
    }
  }
  return taskOf;
}

/**
 * Turns next steps (up to 100, of any companies) into tasks, never twice (decision 0007): claim the
 * keys, create the tasks of the keys claimed, give back the claims HubSpot made no task for.
 * Claims held before (this caller's, or stale ones when `reclaimStale`) are looked up by the task's
 * marker first. First sync of one company: 2 calls (claims, tasks).
 */
export async function syncStepTasks(
  calls: HubSpotCalls,
  items: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
  options: StepTaskOptions,
): Promise<StepTaskSync> {
  if (items.length === 0) return { created: [], existing: [], failed: [] };
  const ownedKeys = options.owned ?? new Set<string>();
  const isOwn = (claim: CrmRecord) =>
    ownedKeys.has(claimKey(claim)) || (options.ownsClaim?.(claim) ?? false);
  const { claimed, taken } = await calls.call((client) =>
    claimKeys(
      client,
      items.map((item) => item.key),
      options.stamp,
    ),
  );
  const recover = taken.filter(
    (claim) => isOwn(claim) || (options.reclaimStale && isStale(claim, ctx.now)),
  );
  const existing = new Map<string, string | null>(
    taken.filter((claim) => !recover.includes(claim)).map((claim) => [claimKey(claim), null]),
  );
  const recovered = new Map<string, string>();
  const mine = new Set(claimed.map(claimKey));
  if (recover.length > 0) {
    const companyIds = [...new Set(recover.map((claim) => companyOf(claimKey(claim))))];
    const found = await calls.call((client) => findStepTasks(client, companyIds));
    const orphans = recover.filter((claim) => !found.has(claimKey(claim)));
    for (const claim of recover) {
      const task = found.get(claimKey(claim));
      if (!task) continue;
      if (isOwn(claim)) recovered.set(claimKey(claim), task.id);
      else existing.set(claimKey(claim), task.id);
    }
    for (const claim of orphans) if (isOwn(claim)) mine.add(claimKey(claim));
    // Stale claims without a task (a crash between claim and task) are released and claimed again.
    const stale = orphans.filter((claim) => !isOwn(claim));
    if (stale.length > 0) {
      await calls.call((client) => releaseClaims(client, stale));
      const again = await calls.call((client) =>
        claimKeys(client, stale.map(claimKey), options.stamp),
      );
      claimed.push(...again.claimed);
      for (const claim of again.claimed) mine.add(claimKey(claim));
      for (const claim of again.taken) existing.set(claimKey(claim), null);
    }
  }
  const toCreate = items.filter((item) => mine.has(item.key));
  const taskOf = await createOnce(calls, toCreate, config, ctx, options);
  // A 207 leaves claims without a task: give them back (best effort: else the lease does).
  const untasked = claimed.filter((claim) => !taskOf.has(claimKey(claim)));
  await calls.call((client) => releaseClaims(client, untasked)).catch(() => undefined);
  return {
    created: [
      ...[...recovered].map(([key, taskId]) => ({ key, taskId })),
      ...toCreate.flatMap((item) => {
        const taskId = taskOf.get(item.key);
        return taskId === undefined ? [] : [{ key: item.key, taskId }];
      }),
    ],
    existing: items.flatMap((item) =>
      existing.has(item.key) ? [{ key: item.key, taskId: existing.get(item.key) ?? null }] : [],
    ),
    failed: toCreate.filter((item) => !taskOf.has(item.key)).map((item) => item.key),
  };
}
