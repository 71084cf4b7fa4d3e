import { z } from 'zod';
import { addMonthsToDate, calendarDateOf, compareDates, todayIn } from '../care-plan/calendar';
import type { CompanyInput, EvaluationContext } from '../company/companyInput';
import { prop, readInstant, readText } from '../company/read';
import type { CareConfig } from '../config/configSchema';

/** Why a company is in the care model, or why not: the card says it in words. */
export const scopeReasons = ['all', 'lifecycle-stage', 'recent-deal', 'neither'] as const;
export const scopeReasonSchema = z.enum(scopeReasons);
export type ScopeReason = z.infer<typeof scopeReasonSchema>;

export const companyScopeSchema = z
  .object({
    inScope: z.boolean(),
    reason: scopeReasonSchema,
    /** The company's lifecycle stage as read, for the card's sentence. */
    lifecycleStage: z.string().nullable(),
    /** The latest closed-won deal's close date (portal calendar date), or null. */
    lastWonDate: z.string().nullable(),
  })
  .readonly();
export type CompanyScope = z.infer<typeof companyScopeSchema>;

/** The latest close date among the company's closed-won deals, as a calendar date in the portal. */
function lastWonDate(input: CompanyInput, timeZone: string): string | null {
  let latest: string | null = null;
  for (const deal of input.deals) {
    const closedAt = prop(deal.properties, 'closedate', readInstant);
    const date = closedAt ? calendarDateOf(closedAt, timeZone) : null;
    if (date !== null && (latest === null || compareDates(date, latest) > 0)) latest = date;
  }
  return latest;
}

/**
 * Whether the care model covers the company (specification 2.0, S1): a configured lifecycle stage, or a
 * closed-won deal within the configured months; or every company when the admin chose `all`.
 * @example lifecyclestage 'lead', a deal won 30 months ago, default config → { inScope: false, reason: 'neither' }
 */
export function companyScope(
  input: CompanyInput,
  config: CareConfig,
  ctx: EvaluationContext,
): CompanyScope {
  const lifecycleStage = prop(input.properties, 'lifecyclestage', readText);
  const won = lastWonDate(input, ctx.timeZone);
  const facts = { lifecycleStage, lastWonDate: won };
  const { scope } = config;
  if (scope.mode === 'all') return { inScope: true, reason: 'all', ...facts };
  if (lifecycleStage !== null && scope.lifecycleStages.includes(lifecycleStage))
    return { inScope: true, reason: 'lifecycle-stage', ...facts };
  const since = addMonthsToDate(todayIn(ctx.now, ctx.timeZone), -scope.recentDealMonths);
  if (won !== null && compareDates(won, since) >= 0)
    return { inScope: true, reason: 'recent-deal', ...facts };
  return { inScope: false, reason: 'neither', ...facts };
}
