import {
  evaluateCompany,
  paretoClasses,
  valueAmount,
  type CareConfig,
  type CareView,
  type CompanyInput,
  type EvaluationContext,
  type TaskInput,
} from '@care-model/core';
import type { Portfolio } from './readPortfolio';

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
export function forEachView(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  extra: ExtraTasks,
  visit: (view: CareView, properties: Record<string, string>) => void,
): void {
  const classes =
    config.value.classes.mode === 'pareto'
      ? paretoClasses(
          portfolio.companies.map((c) => ({
            id: c.id,
            amount: valueAmount(
              inputOf(portfolio, c.id, c.properties, extra),
              config.value.source,
              ctx.now,
            ),
          })),
          config.value.classes,
        )
      : undefined;
  for (const company of portfolio.companies) {
    const input = inputOf(portfolio, company.id, company.properties, extra);
    const paretoClass = classes?.get(company.id);
    visit(
      evaluateCompany(input, config, paretoClass === undefined ? ctx : { ...ctx, paretoClass }),
      company.properties,
    );
  }
}
