import { functionParams, ok } from '@care-model/contract';
import { defineFunction } from './defineFunction';
import { applyInstall, deadlineOf, planInstall } from '@care-model/hubspot';

/** Kept free of the 9 s budget after the last change: the answer comes within 7 s of the start (0012). */
const answerReserveMs = 2000;

/**
 * Creates or updates the property group, the catalog and the app's objects; `dryRun` only plans.
 * What does not fit in one invocation is answered as `remaining`: the next call continues (0012).
 */
export const main = defineFunction(
  functionParams.install_fields,
  async (params, env) => {
    const steps = await planInstall(env.client);
    if (params.dryRun) return ok({ dryRun: true, changes: steps.map((step) => step.change) });
    const deadline = deadlineOf(env.client) - answerReserveMs;
    const { done, remaining } = await applyInstall(env.client, steps, deadline);
    return ok({ dryRun: false, changes: done, ...(remaining.length > 0 ? { remaining } : {}) });
  },
  { admin: true },
);
