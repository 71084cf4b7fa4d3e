import { functionParams, ok } from '@care-model/contract';
import { readCompanyContext } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';
import { writeView } from './writeView';

/** Recomputes one company from live inputs and writes the KPI fields that changed (≤ 5 calls; decision 0008). */
export const main = defineFunction(functionParams.classify_company, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  return ok(await writeView(env, context));
});
