import {
  changedProperties,
  evaluateInPortfolio,
  hubspotDateTime,
  paretoCutoffs,
  valueAmount,
  type ParetoCutoffs,
  type CareConfig,
  type CareView,
  type CompanyInput,
  type EvaluationContext,
  type Segment,
  type TaskInput,
} from '@care-model/core';
import type { Portfolio } from './readPortfolio';
import { memoFields } from './relatedMemo';
import type { CompanyChange } from './companyChange';

/** Tasks the run created (or found), by company, not yet in the portfolio as read. */
export type ExtraTasks = ReadonlyMap<string, readonly TaskInput[]>;

function inputOf(
  portfolio: Portfolio,
  id: string,
  properties: Record<string, string>,
  extra: ExtraTasks,
): CompanyInput {
  return {
    id,
    properties,
    deals: portfolio.deals.get(id) ?? [],
    tasks: [...(portfolio.tasks.get(id) ?? []), ...(extra.get(id) ?? [])],
  };
}

/** Pareto mode (S1): the lines the portfolio's value amounts draw (undefined in bands mode). */
export function portfolioCutoffs(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
): ParetoCutoffs | undefined {
  if (config.value.classes.mode !== 'pareto') return undefined;
  if (portfolio.paretoCutoffs) return portfolio.paretoCutoffs;
  const amounts = portfolio.companies.flatMap((c) => {
    const amount = valueAmount(
      inputOf(portfolio, c.id, c.properties, new Map()),
      config.value.source,
      ctx.now,
    );
    return amount === null ? [] : [amount];
  });
  return paretoCutoffs(amounts, config.value.classes);
}

/**
 * Evaluates every company with the core, one at a time (views are not kept: at 100 000 companies
 * they would not fit comfortably). Pareto mode classes the whole portfolio first (S1).
 */
export function* views(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
): Generator<{ view: CareView; input: CompanyInput; properties: Record<string, string> }> {
  const cutoffs = portfolioCutoffs(portfolio, config, ctx);
  for (const company of portfolio.companies) {
    const input = inputOf(portfolio, company.id, company.properties, extra);
    const view = evaluateInPortfolio(input, config, ctx, cutoffs);
    yield { view, input, properties: company.properties };
  }
}

/** What the run stores on a company: its KPI fields and the memo of the deals and tasks it read. */
const storedFields = (view: CareView, input: CompanyInput) => ({
  ...view.kpi,
  ...memoFields(input),
});

/**
 * The change of one company evaluated again on its fields as read just now (a card action changed
 * it after the run read it), with the deals, tasks and Pareto classes of the run.
 */
export function reevaluation(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
): (id: string, properties: Record<string, string>) => CompanyChange {
  const cutoffs = portfolioCutoffs(portfolio, config, ctx);
  return (id, properties) => {
    const input = inputOf(portfolio, id, properties, extra);
    const view = evaluateInPortfolio(input, config, ctx, cutoffs);
    return { id, properties: { ...changedProperties(properties, storedFields(view, input)) } };
  };
}

/** Calls `visit` with every company's view. */
export function forEachView(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
  visit: (view: CareView, properties: Record<string, string>) => void,
): void {
  for (const { view, properties } of views(portfolio, config, ctx, extra)) visit(view, properties);
}

/** Segments counted and changed companies kept while the changes are evaluated. */
export interface Tally {
  segments: Record<Segment, number>;
  changes: CompanyChange[];
}

/**
 * Every company's KPI fields that differ from the stored ones (none when unchanged), evaluated lazily
 * so that writing can start with the first batch.
 */
export function* companyChanges(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
  tally: Tally,
  recheckNow: ReadonlySet<string> = new Set(),
): Generator<CompanyChange> {
  for (const { view, input, properties } of views(portfolio, config, ctx, extra)) {
    tally.segments[view.classification.segment] += 1;
    const stored = storedFields(view, input);
    // A company whose due step the per-owner cap held back is looked at again by the next run.
    const kpi = recheckNow.has(view.companyId)
      ? { ...stored, care_recheck_at: hubspotDateTime(ctx.now) }
      : stored;
    const change = {
      id: view.companyId,
      properties: { ...changedProperties(properties, kpi) },
    };
    if (Object.keys(change.properties).length > 0) tally.changes.push(change);
    yield change;
  }
}

/** Evaluates what is left (a dry run writes nothing). */
export function drain(changes: Iterable<CompanyChange>): void {
  const iterator = changes[Symbol.iterator]();
  while (iterator.next().done !== true);
}
