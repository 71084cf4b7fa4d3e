import { z } from 'zod';
import { percentOf } from './hubspotValues';
import type { StoredCompany } from './storedCompany';

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

const count = (companies: readonly StoredCompany[], test: (c: StoredCompany) => boolean) =>
  companies.filter(test).length;

/**
 * The KPI tiles over a set of companies.
 * @example 3 companies with a cadence, 2 of them on track → cadenceCompliance 67
 */
export function ownerKpis(ownerId: string | null, companies: readonly StoredCompany[]): OwnerKpis {
  const withCadence = companies.filter((c) => c.contactStatus !== null);
  const planned = companies.filter((c) => c.planRequired);
  return {
    ownerId,
    count: companies.length,
    valueAmount: companies.reduce((sum, c) => sum + c.valueAmount, 0),
    cadenceCompliance: percentOf(
      count(withCadence, (c) => c.contactStatus === 'on_track' || c.contactStatus === 'due_soon'),
      withCadence.length,
      null,
    ),
    planCoverage: percentOf(
      count(planned, (c) => c.planCurrent),
      planned.length,
      null,
    ),
    nextStepCoverage: percentOf(
      count(companies, (c) => c.hasNextStep),
      companies.length,
      null,
    ),
    overdueReviews: count(companies, (c) => c.reviewOverdue),
    unidentifiedShare: percentOf(
      count(companies, (c) => c.segment === 'unidentified'),
      companies.length,
      null,
    ),
  };
}
