import {
  compareDates,
  instantOn,
  isCalendarDate,
  laterDate,
  prop,
  readCalendarDate,
  todayIn,
} from '@care-model/core';
import { fail, functionParams, ok } from '@care-model/contract';
import { readCompanyContext, createCompanyNote } from '@care-model/hubspot';
import { defineFunction } from './defineFunction';
import { writeView } from './writeView';

const dateProperty = {
  review: 'care_last_review_at',
  check_in: 'care_last_check_in_at',
  plan_update: 'care_plan_updated_at',
} as const;

const headings = {
  en: {
    review: 'Account review',
    check_in: 'Satisfaction check-in',
    plan_update: 'Development plan updated',
  },
  fi: {
    review: 'Asiakkuuskatselmus',
    check_in: 'Tyytyväisyyskysely',
    plan_update: 'Kehityssuunnitelma päivitetty',
  },
} as const;

/** A review, check-in or plan update happened: its date (never moved back), a note, then reclassify. */
export const main = defineFunction(functionParams.record_activity, async (params, env) => {
  const context = await readCompanyContext(env, params.companyId);
  const { timeZone } = context.ctx;
  const today = todayIn(env.now, timeZone);
  const date = params.date ?? today;
  if (!isCalendarDate(date) || compareDates(date, today) > 0)
    return fail({
      code: 'invalid_input',
      message: 'Use a real date, today or earlier.',
      field: 'date',
    });
  const name = dateProperty[params.kind];
  const stored = prop(context.company.properties, name, readCalendarDate);
  const latest = laterDate(stored !== null && isCalendarDate(stored) ? stored : null, date);
  const data = await writeView(env, context, { [name]: latest });
  const { locale } = context.settings.config;
  await createCompanyNote(env.client, context.company.id, {
    heading: `${headings[locale][params.kind]} (${date})`,
    text: params.note,
    at: date === today ? env.now.toISOString() : instantOn(date, 12, timeZone),
  });
  return ok(data);
});
