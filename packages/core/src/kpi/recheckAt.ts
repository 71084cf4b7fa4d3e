import { dueSoonDays } from '../care-plan/dueStatus';
import {
  addDaysToDate,
  addMonthsToDate,
  compareDates,
  firstOfNextMonth,
  startOfDateIn,
  todayIn,
  type CalendarDate,
} from '../care-plan/calendar';
import type { CareView } from '../care-plan/careView';
import type { CompanyInput, EvaluationContext } from '../company/companyInput';
import { prop, readInstant, readNumber } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import type { RuleId } from '../config/vocabulary';

const dayMs = 24 * 60 * 60 * 1000;

/** Rules whose step is per calendar month: a new month makes a new step while they fire. */
const monthlyRules: ReadonlySet<RuleId> = new Set([
  'assign-owner',
  'no-next-step',
  'at-risk',
  'data-gaps',
]);

/** The first day after `today` on which a deal won on `won` is no longer recent (companyScope). */
function recentDealEnds(won: CalendarDate, months: number, today: CalendarDate): CalendarDate {
  let day = addDaysToDate(addMonthsToDate(won, months), -3);
  while (compareDates(day, today) <= 0 || compareDates(addMonthsToDate(day, -months), won) <= 0)
    day = addDaysToDate(day, 1);
  return day;
}

/** The days on which a status, the plan, the override, the scope or a monthly step turns over. */
function turningDays(view: CareView, config: CareConfig, today: CalendarDate): CalendarDate[] {
  const { dates, classification, scope, checklist } = view;
  const days: CalendarDate[] = [];
  for (const due of [
    dates.nextContactDue,
    dates.nextReviewDue,
    dates.nextCheckInDue,
    dates.reassessDue,
  ])
    if (due !== null) days.push(addDaysToDate(due, -dueSoonDays), addDaysToDate(due, 1));
  if (dates.planDue !== null) days.push(addDaysToDate(dates.planDue, 1));
  if (classification.override) days.push(addDaysToDate(classification.override.until, 1));
  if (checklist.some((item) => monthlyRules.has(item.rule))) days.push(firstOfNextMonth(today));
  if (scope.reason === 'recent-deal' && scope.lastWonDate !== null)
    days.push(recentDealEnds(scope.lastWonDate, config.scope.recentDealMonths, today));
  return days;
}

/** The instants at which a closed-won deal enters or leaves the value window. */
function windowInstants(input: CompanyInput, config: CareConfig): number[] {
  const { source } = config.value;
  if (source.mode !== 'deals') return [];
  return input.deals.flatMap((deal) => {
    const closedAt = prop(deal.properties, 'closedate', readInstant)?.getTime();
    if (closedAt === undefined || prop(deal.properties, 'amount', readNumber) === null) return [];
    return [closedAt, closedAt + source.windowDays * dayMs];
  });
}

/**
 * The earliest instant after `now` at which the company's evaluation would change with time alone
 * (a status turning due soon or overdue, a plan going stale, an override expiring, a monthly step,
 * the scope's recent deal ageing, a won deal entering or leaving the value window); null = never.
 * An incremental recompute re-evaluates a company once this has passed.
 * @example next contact due 2026-11-20, nothing else dated → the start of 2026-11-13 in the portal's zone
 */
export function recheckAt(
  input: CompanyInput,
  view: CareView,
  config: CareConfig,
  ctx: EvaluationContext,
): Date | null {
  const now = ctx.now.getTime();
  const pareto = config.value.classes.mode === 'pareto';
  // Out of scope nothing is written; only Pareto mode still counts the company's value.
  const today = todayIn(ctx.now, ctx.timeZone);
  const instants = [
    ...(view.scope.inScope
      ? turningDays(view, config, today).map((day) => startOfDateIn(day, ctx.timeZone).getTime())
      : []),
    ...(view.scope.inScope || pareto ? windowInstants(input, config) : []),
  ].filter((at) => at > now);
  return instants.length > 0 ? new Date(Math.min(...instants)) : null;
}
