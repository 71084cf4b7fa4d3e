import { functionParams, ok } from '@care-model/contract';
import { readCompanyContext } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';
import { writeView } from './writeView';

/** Removes the override: the computed segment is effective again. */
export const main = defineFunction(functionParams.clear_override, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  return ok(
    await writeView(env, context, {
      care_override_segment: '',
      care_override_reason: '',
      care_override_until: '',
      care_override_set_by: '',
    }),
  );
});
