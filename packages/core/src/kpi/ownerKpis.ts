import { z } from 'zod';
import { percentOf } from './hubspotValues';
import type { KpiCounts } from './portfolioTally';

const percent = z.number().nullable();

/** The KPI tiles of one owner (or of everyone): counts, value and the process KPIs of S0. */
export const ownerKpisSchema = z
  .object({
    /** Null = companies without an owner (or the whole portfolio, for the total). */
    ownerId: z.string().nullable(),
    count: z.number(),
    valueAmount: z.number(),
    /** % with contact status on track or due soon, among companies with a cadence; null when none has one. */
    cadenceCompliance: percent,
    /** % of plan-requiring companies whose plan was updated within the review cycle. */
    planCoverage: percent,
    /** % with an open task (care_has_next_step). */
    nextStepCoverage: percent,
    overdueReviews: z.number(),
    unidentifiedShare: percent,
  })
  .readonly();
export type OwnerKpis = z.infer<typeof ownerKpisSchema>;

/**
 * The KPI tiles from a set of companies' counts.
 * @example 3 companies with a cadence, 2 of them on track → cadenceCompliance 67
 */
export function ownerKpis(ownerId: string | null, counts: KpiCounts): OwnerKpis {
  return {
    ownerId,
    count: counts.count,
    valueAmount: counts.valueAmount,
    cadenceCompliance: percentOf(counts.cadenceKept, counts.withCadence, null),
    planCoverage: percentOf(counts.planCurrent, counts.planRequired, null),
    nextStepCoverage: percentOf(counts.withNextStep, counts.count, null),
    overdueReviews: counts.reviewOverdue,
    unidentifiedShare: percentOf(counts.unidentified, counts.count, null),
  };
}
