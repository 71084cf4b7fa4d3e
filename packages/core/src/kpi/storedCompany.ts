import {
  addMonthsToDate,
  compareDates,
  isCalendarDate,
  type CalendarDate,
} from '../care-plan/calendar';
import { potentialBand } from '../classification/potential';
import type { PortfolioCompany, RawProperties } from '../company/companyInput';
import { prop, readCalendarDate, readInstant, readNumber, readText } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import {
  dueStatusSchema,
  segmentSchema,
  valueClassSchema,
  type DueStatus,
  type PotentialBand,
  type Segment,
  type ValueClass,
} from '../config/vocabulary';

/** The company properties `storedCompany` reads: what the portfolio aggregates need, nothing else. */
export const storedCompanyPropertyNames = [
  'name',
  'hubspot_owner_id',
  'createdate',
  'care_segment',
  'care_segment_computed',
  'care_value_amount',
  'care_value_class',
  'care_potential_score',
  'care_contact_status',
  'care_plan_updated_at',
  'care_next_review_due',
  'care_has_next_step',
  'care_segment_changed_at',
] as const;

/** The stored KPI fields of one company, read once for the portfolio aggregates. */
export interface StoredCompany {
  readonly id: string;
  readonly name: string | null;
  readonly ownerId: string | null;
  /** A company never evaluated counts as unidentified. */
  readonly segment: Segment;
  readonly valueAmount: number;
  readonly cell: { readonly valueClass: ValueClass; readonly band: PotentialBand } | null;
  readonly contactStatus: DueStatus | null;
  readonly planRequired: boolean;
  readonly planCurrent: boolean;
  readonly hasNextStep: boolean;
  readonly reviewOverdue: boolean;
  readonly createdAt: number | null;
  readonly segmentChangedAt: CalendarDate | null;
}

const date = (properties: RawProperties, name: string) => {
  const value = prop(properties, name, readCalendarDate);
  return value !== null && isCalendarDate(value) ? value : null;
};

/**
 * Reads one company's stored KPI fields against the config and today's date.
 * @example care_next_review_due '2026-10-31' on 2026-11-01 → reviewOverdue true
 */
export function storedCompany(
  company: PortfolioCompany,
  config: CareConfig,
  today: CalendarDate,
): StoredCompany {
  const { properties } = company;
  const read = <T>(
    schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
    name: string,
  ) => {
    const parsed = schema.safeParse(prop(properties, name, readText));
    return parsed.success ? parsed.data : null;
  };
  const segment = read(segmentSchema, 'care_segment') ?? 'unidentified';
  const computed = read(segmentSchema, 'care_segment_computed') ?? segment;
  const valueClass = read(valueClassSchema, 'care_value_class');
  const score = prop(properties, 'care_potential_score', readNumber);
  const plan = config.carePlans[segment];
  const planUpdatedAt = date(properties, 'care_plan_updated_at');
  const reviewDue = date(properties, 'care_next_review_due');
  return {
    id: company.id,
    name: prop(properties, 'name', readText),
    ownerId: prop(properties, 'hubspot_owner_id', readText),
    segment,
    valueAmount: prop(properties, 'care_value_amount', readNumber) ?? 0,
    cell:
      computed !== 'unidentified' && valueClass !== null && score !== null
        ? { valueClass, band: potentialBand(score, config) }
        : null,
    contactStatus: read(dueStatusSchema, 'care_contact_status'),
    planRequired: plan.planRequired,
    // Plan coverage: updated within the review cycle (a year when the segment has none), as careDates.
    planCurrent:
      planUpdatedAt !== null &&
      compareDates(addMonthsToDate(planUpdatedAt, plan.reviewCycleMonths ?? 12), today) >= 0,
    hasNextStep: prop(properties, 'care_has_next_step', readText)?.toLowerCase() === 'true',
    reviewOverdue: reviewDue !== null && compareDates(reviewDue, today) < 0,
    createdAt: prop(properties, 'createdate', readInstant)?.getTime() ?? null,
    segmentChangedAt: date(properties, 'care_segment_changed_at'),
  };
}
