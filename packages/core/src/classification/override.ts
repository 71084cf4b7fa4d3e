import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { segmentSchema } from '../config/vocabulary';
import type { CompanyInput, EvaluationContext } from '../company/companyInput';
import { prop, readCalendarDate, readText } from '../company/read';
import type { OverrideState } from './classification';

/**
 * The company's manual segment, or null when none is stored validly (segment, reason and expiry
 * date all required); active through the `until` date inclusive, in the portal's time zone.
 * @example until 2027-05-01 → active on 2027-05-01, expired on 2027-05-02
 */
export function readOverride(input: CompanyInput, ctx: EvaluationContext): OverrideState | null {
  const segment = segmentSchema.safeParse(
    prop(input.properties, 'care_override_segment', readText),
  );
  const reason = prop(input.properties, 'care_override_reason', readText);
  // The app always writes an expiry (default one year); an override without one is invalid data.
  const until = prop(input.properties, 'care_override_until', readCalendarDate);
  if (!segment.success || reason === null || until === null) return null;
  const today = format(ctx.now, 'yyyy-MM-dd', { in: tz(ctx.timeZone) });
  return { segment: segment.data, reason, until, active: today <= until };
}
