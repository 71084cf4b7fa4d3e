import { evaluateCompany } from '@care-model/core';
import { functionParams, ok } from '@care-model/contract';
import { careViewData, readCompanyContext } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';

/** Everything the company card shows, from at most 4 HubSpot calls; writes nothing. */
export const main = defineFunction(functionParams.load_care_view, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId, 'fresh');
  const view = evaluateCompany(context.input, context.settings.config, context.ctx);
  return ok(careViewData(context, view));
});
