import { defaultConfig, type CareConfig } from '@care-model/core';
import { functionParams, ok } from '@care-model/contract';
import type { Client } from '@hubspot/api-client';
import { FunctionFailure } from './errors';
import { defineFunction } from './handler';
import { applyInstall, planInstall } from './install';
import { readSettings } from './settingsStore';

/** A portal without the settings object gets the default catalog. */
async function installedConfig(client: Client): Promise<CareConfig> {
  try {
    return (await readSettings(client)).config;
  } catch (caught) {
    if (caught instanceof FunctionFailure && caught.error.code === 'not_installed')
      return defaultConfig;
    throw caught;
  }
}

/** Creates or updates the property group, the catalog and the app's objects; `dryRun` only plans. */
export const main = defineFunction(functionParams.install_fields, async (params, env) => {
  const steps = await planInstall(env.client, await installedConfig(env.client));
  if (!params.dryRun) await applyInstall(steps);
  return ok({ dryRun: params.dryRun, changes: steps.map((step) => step.change) });
});
