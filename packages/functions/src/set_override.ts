import { addMonthsToDate, compareDates, isCalendarDate, todayIn } from '@care-model/core';
import { fail, functionParams, ok } from '@care-model/contract';
import { readCompanyContext } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';
import { statedActor } from './statedActor';
import { writeView } from './writeView';

/** A person's segment, with a reason, until a date (default: one year from today). */
export const main = defineFunction(functionParams.set_override, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  const today = todayIn(env.now, context.ctx.timeZone);
  const until = params.until ?? addMonthsToDate(today, 12);
  if (!isCalendarDate(until) || compareDates(until, today) < 0)
    return fail({
      code: 'invalid_input',
      message: 'The override must last until a real date, today or later.',
      field: 'until',
    });
  return ok(
    await writeView(env, context, {
      care_override_segment: params.segment,
      care_override_reason: params.reason,
      care_override_until: until,
      care_override_set_by: statedActor(params.actor, 'card'),
    }),
  );
});
