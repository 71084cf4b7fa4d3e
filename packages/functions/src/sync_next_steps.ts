import { evaluateCompany, readStepKey, taskPropertiesFor } from '@care-model/core';
import { functionParams, ok } from '@care-model/contract';
import {
  careViewData,
  directCalls,
  outcomeUnknown,
  readCompanyContext,
  syncStepTasks,
} from '@care-model/hubspot';
import { defineFunction } from './defineFunction';

/**
 * Turns the chosen next steps into tasks, never twice (decision 0007): the company is read and
 * evaluated with the stored config; only keys still suggested are claimed and created. Answers the
 * fresh view; the next card open stores its counts. First sync: settings, company, deals, tasks,
 * claims, create = 6 calls (decision 0008).
 */
export const main = defineFunction(functionParams.sync_next_steps, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  const { config } = context.settings;
  const view = evaluateCompany(context.input, config, context.ctx);
  const keys = [...new Set(params.keys)];
  const itemOf = new Map(view.checklist.map((item) => [item.key, item]));
  const due = view.checklist.filter(
    (item) => item.state === 'suggested' && keys.includes(item.key),
  );
  const synced = await syncStepTasks(directCalls(env.client), due, config, context.ctx, {
    reclaimStale: true,
    // HubSpot may have made the tasks: they are looked up by their marker before any is sent again.
    isUnanswered: outcomeUnknown,
  });

  // The new tasks join the company's as read: the view is evaluated again without another read.
  const tasks = [
    ...context.input.tasks,
    ...synced.created.flatMap(({ key, taskId }) => {
      const item = itemOf.get(key);
      return item ? [{ id: taskId, properties: taskPropertiesFor(item, config, context.ctx) }] : [];
    }),
  ];
  const input = { ...context.input, tasks };
  const fresh = evaluateCompany(input, config, context.ctx);
  // A key with a task already (open, done, or no longer due) is existing; one without is skipped.
  const taskOf = new Map(
    context.input.tasks.map((task) => [readStepKey(task.properties.hs_task_body), task.id]),
  );
  const tasked = keys.flatMap((key) => {
    const item = itemOf.get(key);
    if (item?.state === 'suggested') return [];
    const taskId = item?.taskId ?? taskOf.get(key);
    return taskId ? [{ key, taskId }] : [];
  });
  return ok({
    ...careViewData({ ...context, input }, fresh),
    created: synced.created,
    existing: [...tasked, ...synced.existing],
    failed: synced.failed.map((key) => ({
      key,
      message: 'HubSpot did not create this task; try again.',
    })),
    skipped: keys.filter((key) => !itemOf.has(key) && !taskOf.has(key)),
  });
});
