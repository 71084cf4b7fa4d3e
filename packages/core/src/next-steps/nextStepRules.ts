import type { CareDates } from '../care-plan/careView';
import type { Classification } from '../classification/classification';
import type { CareConfig } from '../config/configSchema';
import type { DueStatus, RuleId } from '../config/vocabulary';
import type { CalendarDate } from '../care-plan/calendar';

/** What the rules know about one company on one day. */
export interface RuleFacts {
  readonly classification: Classification;
  readonly dates: CareDates;
  readonly config: CareConfig;
  readonly ownerId: string | null;
  readonly hasOpenTask: boolean;
  readonly relationshipStatus: string | null;
  readonly dataGaps: readonly string[];
  /** The calendar month in the portal's time zone, 'YYYY-MM'. */
  readonly month: string;
}

/** A rule that fires: the period that makes "the same step" concrete, and its natural due date. */
export interface RuleHit {
  readonly period: string;
  readonly due: CalendarDate | null;
}

type Rule = (facts: RuleFacts) => RuleHit | null;

const unmet = (status: DueStatus | null) => status === 'overdue' || status === 'none';

/** A due-date rule: the period is the due date it answers, or 'never'; a logged action moves it. */
const whenDue = (status: DueStatus | null, due: CalendarDate | null): RuleHit | null =>
  unmet(status) ? { period: due ?? 'never', due } : null;

/** A state rule: at most one step per calendar month while the state lasts. */
const monthly = (fires: boolean, facts: RuleFacts): RuleHit | null =>
  fires ? { period: facts.month, due: null } : null;

/**
 * The ten next-step rules of the specification, in checklist order.
 * @example contact-due fires when the contact status is 'overdue' or 'none' and a cadence applies
 */
export const nextStepRules: Record<RuleId, Rule> = {
  // Period: the potential assessment it replaces ('never' until one exists); due within the offset (S4: 14 days).
  classify: ({ classification }) =>
    classification.segment === 'unidentified'
      ? { period: classification.potential.assessedAt ?? 'never', due: null }
      : null,
  'assign-owner': (facts) => monthly(facts.ownerId === null, facts),
  'contact-due': ({ dates }) => whenDue(dates.contactStatus, dates.nextContactDue),
  'review-due': ({ dates }) => whenDue(dates.reviewStatus, dates.nextReviewDue),
  'plan-missing': ({ dates }) =>
    dates.planStatus === 'missing' || dates.planStatus === 'stale'
      ? { period: dates.planDue ?? 'never', due: dates.planDue }
      : null,
  // Period: the re-assessment due date; a never-assessed potential is the classify rule's step.
  reassess: ({ dates }) =>
    dates.reassessStatus === 'overdue' && dates.reassessDue !== null
      ? { period: dates.reassessDue, due: dates.reassessDue }
      : null,
  'check-in-due': ({ dates }) => whenDue(dates.checkInStatus, dates.nextCheckInDue),
  // S0: a documented next step with an owner for every customer.
  'no-next-step': (facts) => monthly(!facts.hasOpenTask, facts),
  'at-risk': (facts) =>
    monthly(
      facts.config.atRiskStatuses.some((status) => status === facts.relationshipStatus),
      facts,
    ),
  'data-gaps': (facts) => monthly(facts.dataGaps.length > 0, facts),
};
