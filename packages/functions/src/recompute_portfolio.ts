import { functionParams, ok } from '@care-model/contract';
import { recomputePortfolio } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';

/** The settings page's "Recompute portfolio": one bounded step of a run kept in the portal (0018). */
export const main = defineFunction(
  functionParams.recompute_portfolio,
  async (params, env) => ok(await recomputePortfolio(env, params.action, params.syncTasks)),
  { admin: true },
);
