import type { ValueClass } from '../config/vocabulary';

/** Property values as HubSpot sends them: strings, or empty. */
export type RawProperties = Readonly<Record<string, string | null | undefined>>;

/** A closed-won deal of the company (`amount`, `closedate`); shells pass only closed-won deals. */
export interface DealInput {
  readonly id?: string;
  readonly properties: RawProperties;
}

/** A task associated with the company (`hs_task_body`, `hs_task_status`, `hs_timestamp`, `hubspot_owner_id`, `hs_task_subject`). */
export interface TaskInput {
  readonly id: string;
  readonly properties: RawProperties;
}

/** Everything the core needs to know about one company. */
export interface CompanyInput {
  readonly id: string;
  readonly properties: RawProperties;
  readonly deals: readonly DealInput[];
  readonly tasks: readonly TaskInput[];
}

/** A company as the portfolio sees it: only its stored properties, no deals or tasks. */
export type PortfolioCompany = Pick<CompanyInput, 'id' | 'properties'>;

/** The outside facts of one evaluation: the core never reads the clock or the environment. */
export interface EvaluationContext {
  /** The instant of evaluation. */
  readonly now: Date;
  /** The portal's IANA time zone, e.g. `Europe/Helsinki`; dates are calendar dates there. */
  readonly timeZone: string;
  /** Pareto mode: the class the portfolio recompute gave this company; otherwise the stored class is reused. */
  readonly paretoClass?: ValueClass | null;
  /**
   * Deals mode: the stored `care_value_amount` to use instead of summing deals, for actions that do
   * not read deals (an assessment, an override, the settings preview). Undefined = sum the deals.
   */
  readonly storedValueAmount?: number | null;
}
