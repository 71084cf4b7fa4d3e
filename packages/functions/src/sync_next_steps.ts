import { defaultConfig, prop, readStepKey, readText, taskPropertiesFor } from '@care-model/core';
import { fail, functionParams, ok } from '@care-model/contract';
import type { Client } from '@hubspot/api-client';
import {
  claimKey,
  claimKeys,
  isStale,
  releaseClaims,
  readCompany,
  allAssociatedIds,
  type CrmRecord,
  createStepTasks,
  associationIds,
  outcomeUnknown,
  readTasks,
  tasksByStepKey,
  defaultTimeZone,
  timeZoneSchema,
} from '@care-model/hubspot';
import { defineFunction } from './handler';
import { checklistItems } from './nextStepItems';

/** Stale claims whose task exists stay; the others (a crash between claim and task) are claimed again. */
async function reclaimStale(client: Client, company: CrmRecord, stale: CrmRecord[]) {
  const ids = await allAssociatedIds(client, 'companies', company, 'tasks');
  const tasks = tasksByStepKey(await readTasks(client, ids));
  const taskIdOf = new Map([...tasks].map(([key, task]) => [key, task.id]));
  const orphans = stale.filter((claim) => !taskIdOf.has(claimKey(claim)));
  await releaseClaims(client, orphans);
  const again = orphans.map((claim) => ({ key: claimKey(claim), companyId: company.id }));
  return { taskIdOf, orphans, ...(await claimKeys(client, again)) };
}

/**
 * Turns the chosen checklist items into tasks, never twice (decision 0007). First sync: company,
 * claims, tasks = 3 calls; a repeat: company, refused claims, their read = 3 calls.
 */
export const main = defineFunction(functionParams.sync_next_steps, async (params, env) => {
  const zone = timeZoneSchema.safeParse(params.timeZone ?? defaultTimeZone);
  if (!zone.success)
    return fail({
      code: 'invalid_input',
      message: zone.error.issues[0]?.message ?? '',
      field: 'timeZone',
    });
  const precheck = checklistItems(params.companyId, params.items);
  if (!precheck.ok) return fail(precheck.error);
  const company = await readCompany(env.client, params.companyId, ['hubspot_owner_id'], ['tasks']);
  const ownerId = prop(company.properties, 'hubspot_owner_id', readText);
  const items = precheck.items.map((item) => ({ ...item, ownerId }));

  let { claimed, taken } = await claimKeys(
    env.client,
    items.map((item) => ({ key: item.key, companyId: company.id })),
  );
  let taskIdOf = new Map<string, string>();
  const stale = taken.filter((claim) => isStale(claim, env.now));
  if (stale.length > 0) {
    const again = await reclaimStale(env.client, company, stale);
    taskIdOf = again.taskIdOf;
    claimed = [...claimed, ...again.claimed];
    taken = [...taken.filter((c) => !again.orphans.includes(c)), ...again.taken];
  }

  // Only the locale of the config shapes a task; the portal's config was read by load_care_view.
  const config = { ...defaultConfig, locale: params.locale };
  const ctx = { now: env.now, timeZone: zone.data };
  const claimedKeys = claimed.map(claimKey);
  const toCreate = items.filter((item) => claimedKeys.includes(item.key));
  const created = await createStepTasks(
    env.client,
    toCreate.map((item) => ({
      companyId: company.id,
      properties: taskPropertiesFor(item, config, ctx),
    })),
  ).then(
    (answer) => answer.created,
    async (caught: unknown) => {
      // HubSpot may have created them: the company's tasks tell, before any claim is released.
      if (!outcomeUnknown(caught)) throw caught;
      const ids = await associationIds(env.client, 'companies', company.id, 'tasks');
      const found = tasksByStepKey(await readTasks(env.client, ids));
      return toCreate.flatMap((item) => {
        const task = found.get(item.key);
        return task ? [{ id: task.id, properties: task.properties }] : [];
      });
    },
  );
  const taskOf = new Map(created.map((t) => [readStepKey(t.properties.hs_task_body), t.id]));
  // 207: the tasks HubSpot did not create give their claims back (best effort: else the lease does).
  await releaseClaims(
    env.client,
    claimed.filter((claim) => !taskOf.has(claimKey(claim))),
  ).catch(() => undefined);

  const takenKeys = new Set(taken.map(claimKey));
  return ok({
    created: toCreate.flatMap((item) => {
      const taskId = taskOf.get(item.key);
      return taskId ? [{ key: item.key, taskId }] : [];
    }),
    existing: items
      .filter((item) => takenKeys.has(item.key))
      .map((item) => ({ key: item.key, taskId: taskIdOf.get(item.key) ?? null })),
    failed: items
      .filter((item) => !taskOf.has(item.key) && !takenKeys.has(item.key))
      .map((item) => ({ key: item.key, message: 'HubSpot did not create this task; try again.' })),
  });
});
