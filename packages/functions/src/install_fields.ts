import { functionParams, ok } from '@care-model/contract';
import { defineFunction } from './defineFunction';
import { applyInstall, planInstall, installedConfig } from '@care-model/hubspot';

/** Creates or updates the property group, the catalog and the app's objects; `dryRun` only plans. */
export const main = defineFunction(
  functionParams.install_fields,
  async (params, env) => {
    const steps = await planInstall(env.client, await installedConfig(env.client));
    if (!params.dryRun) await applyInstall(steps);
    return ok({ dryRun: params.dryRun, changes: steps.map((step) => step.change) });
  },
  { admin: true },
);
