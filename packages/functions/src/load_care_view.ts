import { functionParams, ok } from '@care-model/contract';
import { readCompanyContext } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';
import { writeView } from './writeView';

/**
 * Everything the company card shows, evaluated from live inputs; stored KPI fields that drifted from
 * it (a deal closed, a task done in HubSpot) are written in one PATCH. At most 5 calls (decision 0008).
 */
export const main = defineFunction(functionParams.load_care_view, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  return ok(await writeView(env, context));
});
