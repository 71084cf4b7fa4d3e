import { functionParams, ok } from '@care-model/contract';
import { defineFunction } from './defineFunction';
import { readSettings } from '@care-model/hubspot';

/** The config in force (version 0 = the defaults), the portal's task types, the saved versions when asked. */
export const main = defineFunction(functionParams.get_settings, async (params, env) => {
  const { version, savedAt, savedBy, config, history, taskTypes } = await readSettings(env.client);
  return ok({
    version,
    savedAt,
    savedBy,
    config,
    history: params.includeHistory ? history : [],
    taskTypes,
  });
});
