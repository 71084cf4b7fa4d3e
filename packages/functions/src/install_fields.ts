import { functionParams, ok } from '@care-model/contract';
import { defineFunction } from './defineFunction';
import { applyInstall, deadlineOf, planInstall, installedConfig } from '@care-model/hubspot';

/** Kept free after the last change for the answer. */
const answerReserveMs = 1000;

/**
 * Creates or updates the property group, the catalog and the app's objects; `dryRun` only plans.
 * What does not fit in one invocation is answered as `remaining`: the next call continues (0012).
 */
export const main = defineFunction(
  functionParams.install_fields,
  async (params, env) => {
    const steps = await planInstall(env.client, await installedConfig(env.client));
    if (params.dryRun) return ok({ dryRun: true, changes: steps.map((step) => step.change) });
    const deadline = deadlineOf(env.client) - answerReserveMs;
    const { done, remaining } = await applyInstall(env.client, steps, deadline);
    return ok({ dryRun: false, changes: done, ...(remaining.length > 0 ? { remaining } : {}) });
  },
  { admin: true },
);
