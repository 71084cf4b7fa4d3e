import { carePropertyName, todayIn } from '@care-model/core';
import { fail, functionParams, ok } from '@care-model/contract';
import { readCompanyContext } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';
import { writeView } from './writeView';

/** Factor scores and the rationale → one PATCH with the scores, the date and the reclassified fields. */
export const main = defineFunction(functionParams.save_assessment, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  const { factors } = context.settings.config.potential;
  const fields: Record<string, string> = {};
  for (const [id, score] of Object.entries(params.scores)) {
    const factor = factors.find((f) => f.id === id);
    if (!factor || factor.source.mode === 'computed') {
      const why = factor ? 'is computed from a property' : 'is not a potential factor';
      return fail({
        code: 'invalid_input',
        message: `"${id}" ${why} in the current settings.`,
        field: `scores.${id}`,
      });
    }
    fields[carePropertyName(id)] = score === null ? '' : String(score);
  }
  fields.care_potential_rationale = params.rationale;
  fields.care_potential_assessed_at = todayIn(env.now, context.ctx.timeZone);
  return ok(await writeView(env, context, fields));
});
