import {
  changedProperties,
  evaluateCompany,
  paretoClasses,
  valueAmount,
  type CareConfig,
  type CareView,
  type CompanyInput,
  type EvaluationContext,
  type Segment,
  type TaskInput,
} from '@care-model/core';
import type { Portfolio } from './readPortfolio';
import type { CompanyChange } from './writeChanges';

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

/**
 * Evaluates every company with the core, one at a time (views are not kept: at 100 000 companies
 * they would not fit comfortably). Pareto mode classes the whole portfolio first (S1).
 */
export function* views(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
): Generator<{ view: CareView; properties: Record<string, string> }> {
  const classes = classesOf(portfolio, config, ctx, extra);
  for (const company of portfolio.companies) {
    const input = inputOf(portfolio, company.id, company.properties, extra);
    const paretoClass = classes?.get(company.id);
    const view = evaluateCompany(
      input,
      config,
      paretoClass === undefined ? ctx : { ...ctx, paretoClass },
    );
    yield { view, properties: company.properties };
  }
}

function classesOf(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
) {
  if (config.value.classes.mode !== 'pareto') return undefined;
  const amounts = portfolio.companies.map((c) => ({
    id: c.id,
    amount: valueAmount(
      inputOf(portfolio, c.id, c.properties, extra),
      config.value.source,
      ctx.now,
    ),
  }));
  return paretoClasses(amounts, config.value.classes);
}

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
  const classes = classesOf(portfolio, config, ctx, extra);
  return (id, properties) => {
    const paretoClass = classes?.get(id);
    const view = evaluateCompany(
      inputOf(portfolio, id, properties, extra),
      config,
      paretoClass === undefined ? ctx : { ...ctx, paretoClass },
    );
    return { id, properties: { ...changedProperties(properties, view.kpi) } };
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
): Generator<CompanyChange> {
  for (const { view, properties } of views(portfolio, config, ctx, extra)) {
    tally.segments[view.classification.segment] += 1;
    const change = {
      id: view.companyId,
      properties: { ...changedProperties(properties, view.kpi) },
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
