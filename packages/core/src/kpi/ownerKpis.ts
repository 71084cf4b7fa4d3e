import { percentOf } from './hubspotValues';
import type { StoredCompany } from './storedCompany';

/** The KPI tiles of one owner (or of everyone): counts, value and the process KPIs of S0. */
export interface OwnerKpis {
  /** Null = companies without an owner (or the whole portfolio, for the total). */
  readonly ownerId: string | null;
  readonly count: number;
  readonly valueAmount: number;
  /** % with contact status on track or due soon, among companies with a cadence; null when none has one. */
  readonly cadenceCompliance: number | null;
  /** % of plan-requiring companies whose plan was updated within the review cycle. */
  readonly planCoverage: number | null;
  /** % with an open task (care_has_next_step). */
  readonly nextStepCoverage: number | null;
  readonly overdueReviews: number;
  readonly unidentifiedShare: number | null;
}

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
