import type { Classification } from '../classification/classification';
import type { CarePlan } from '../config/configSchema';
import type { CompanyInput, EvaluationContext, RawProperties } from '../company/companyInput';
import { prop, readCalendarDate, readInstant } from '../company/read';
import {
  addDaysToDate,
  addMonthsToDate,
  calendarDateOf,
  compareDates,
  isCalendarDate,
  laterDate,
  todayIn,
  type CalendarDate,
} from './calendar';
import type { CareDates, PlanStatus } from './careView';
import { dueStatus } from './dueStatus';

/** A plan with no review cycle of its own still goes stale after a year. */
const defaultPlanCycleMonths = 12;

/** A datetime property (an instant) as a calendar date in the portal's time zone. */
function instantDate(properties: RawProperties, name: string, timeZone: string) {
  const instant = prop(properties, name, readInstant);
  return instant ? calendarDateOf(instant, timeZone) : null;
}

/** A date property (HubSpot keeps midnight UTC) as a calendar date. */
function dateProperty(properties: RawProperties, name: string): CalendarDate | null {
  const date = prop(properties, name, readCalendarDate);
  return date !== null && isCalendarDate(date) ? date : null;
}

function cycleDue(last: CalendarDate | null, months: number | null): CalendarDate | null {
  return last !== null && months !== null ? addMonthsToDate(last, months) : null;
}

function planState(
  plan: CarePlan,
  updatedAt: CalendarDate | null,
  today: CalendarDate,
): { planDue: CalendarDate | null; planStatus: PlanStatus } {
  if (!plan.planRequired) return { planDue: null, planStatus: 'not_required' };
  if (updatedAt === null) return { planDue: null, planStatus: 'missing' };
  const planDue = addMonthsToDate(updatedAt, plan.reviewCycleMonths ?? defaultPlanCycleMonths);
  return { planDue, planStatus: compareDates(planDue, today) < 0 ? 'stale' : 'current' };
}

/**
 * The care plan's dates and statuses for one company (specification, section 3).
 * @example last contact 2026-10-01, cadence 30 days, today 2026-10-25 → nextContactDue '2026-10-31', contactStatus 'due_soon'
 */
export function careDates(
  input: CompanyInput,
  classification: Classification,
  carePlan: CarePlan,
  ctx: EvaluationContext,
): CareDates {
  const { properties } = input;
  const today = todayIn(ctx.now, ctx.timeZone);
  const status = (due: CalendarDate | null, cycle: number | null) =>
    cycle === null ? null : dueStatus(due, today);

  // S0: HubSpot's "Last contacted"; a later sales activity counts too.
  const lastContactAt = laterDate(
    instantDate(properties, 'notes_last_contacted', ctx.timeZone),
    instantDate(properties, 'hs_last_sales_activity_timestamp', ctx.timeZone),
  );
  const cadence = carePlan.contactCadenceDays;
  const nextContactDue =
    lastContactAt !== null && cadence !== null ? addDaysToDate(lastContactAt, cadence) : null;

  const lastReviewAt = dateProperty(properties, 'care_last_review_at');
  const nextReviewDue = cycleDue(lastReviewAt, carePlan.reviewCycleMonths);
  const planUpdatedAt = dateProperty(properties, 'care_plan_updated_at');
  const lastCheckInAt = dateProperty(properties, 'care_last_check_in_at');
  const nextCheckInDue = cycleDue(lastCheckInAt, carePlan.checkInCycleMonths);
  const assessedAt = classification.potential.assessedAt;
  const reassessDue = cycleDue(
    assessedAt !== null && isCalendarDate(assessedAt) ? assessedAt : null,
    carePlan.reassessCycleMonths,
  );

  return {
    lastContactAt,
    nextContactDue,
    contactStatus: status(nextContactDue, cadence),
    lastReviewAt,
    nextReviewDue,
    reviewStatus: status(nextReviewDue, carePlan.reviewCycleMonths),
    planUpdatedAt,
    ...planState(carePlan, planUpdatedAt, today),
    lastCheckInAt,
    nextCheckInDue,
    checkInStatus: status(nextCheckInDue, carePlan.checkInCycleMonths),
    reassessDue,
    reassessStatus: status(reassessDue, carePlan.reassessCycleMonths),
  };
}
