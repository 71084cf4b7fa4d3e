import { z } from 'zod';
import type { PortfolioCompany } from '../company/companyInput';
import { prop, readNumber } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import { segmentSchema, type Segment } from '../config/vocabulary';
import { classifyCompany } from './classify';
import { paretoClasses } from './paretoClasses';

export const segmentTransitionSchema = z
  .object({ from: segmentSchema, to: segmentSchema, count: z.number() })
  .readonly();
export type SegmentTransition = z.infer<typeof segmentTransitionSchema>;

/** How many companies a settings change would move, and between which segments. */
export const segmentImpactSchema = z
  .object({
    companiesChanging: z.number(),
    /** Most frequent first. */
    transitions: z.array(segmentTransitionSchema).readonly(),
  })
  .readonly();
export type SegmentImpact = z.infer<typeof segmentImpactSchema>;

function segmentsUnder(
  companies: readonly PortfolioCompany[],
  config: CareConfig,
  now: Date,
  timeZone: string,
): Map<string, Segment> {
  const amountOf = (c: PortfolioCompany) => prop(c.properties, 'care_value_amount', readNumber);
  const { classes } = config.value;
  // Pareto classes need the whole portfolio: re-derive them from the stored amounts.
  const pareto =
    classes.mode === 'pareto'
      ? paretoClasses(
          companies.map((c) => ({ id: c.id, amount: amountOf(c) })),
          classes,
        )
      : undefined;
  const segments = new Map<string, Segment>();
  for (const company of companies) {
    const input = { id: company.id, properties: company.properties, deals: [], tasks: [] };
    const ctx = {
      now,
      timeZone,
      storedValueAmount: amountOf(company),
      ...(pareto ? { paretoClass: pareto.get(company.id) ?? null } : {}),
    };
    segments.set(company.id, classifyCompany(input, config, ctx).segment);
  }
  return segments;
}

/**
 * "N companies would change segment": every company classified under both configs from its stored
 * fields (value from `care_value_amount`, factors from the stored scores), without deals.
 * @example segmentImpact(companies, current, edited, now, 'Europe/Helsinki').companiesChanging
 */
export function segmentImpact(
  companies: readonly PortfolioCompany[],
  before: CareConfig,
  after: CareConfig,
  now: Date,
  timeZone: string,
): SegmentImpact {
  const old = segmentsUnder(companies, before, now, timeZone);
  const next = segmentsUnder(companies, after, now, timeZone);
  const counts = new Map<string, SegmentTransition>();
  for (const [id, from] of old) {
    const to = next.get(id) ?? from;
    if (to === from) continue;
    const key = `${from}>${to}`;
    counts.set(key, { from, to, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const transitions = [...counts.values()].sort((a, b) => b.count - a.count);
  return {
    companiesChanging: transitions.reduce((sum, t) => sum + t.count, 0),
    transitions,
  };
}
