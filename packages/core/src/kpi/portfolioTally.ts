import { z } from 'zod';
import { todayIn } from '../care-plan/calendar';
import type { EvaluationContext, PortfolioCompany } from '../company/companyInput';
import { prop, readText } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import { segmentSchema } from '../config/vocabulary';
import { storedCompany, type StoredCompany } from './storedCompany';

/** How many recent segment changes the home page lists. */
export const recentChangesLimit = 20;

/** How many unidentified companies the home page lists; its count still covers all of them. */
export const unidentifiedBacklogLimit = 20;

const totalSchema = z.object({ count: z.number(), valueAmount: z.number() });

/** What an owner's KPI tiles are computed from: counts that add up across parts of a portfolio. */
export const kpiCountsSchema = z.object({
  count: z.number(),
  valueAmount: z.number(),
  withCadence: z.number(),
  cadenceKept: z.number(),
  planRequired: z.number(),
  planCurrent: z.number(),
  withNextStep: z.number(),
  reviewOverdue: z.number(),
  unidentified: z.number(),
});
export type KpiCounts = z.infer<typeof kpiCountsSchema>;

const entryShape = { id: z.string(), name: z.string().nullable(), segment: segmentSchema };

/**
 * The portfolio summary before it is a summary: sums, counts and the few companies it lists, so
 * that the tallies of two parts of a portfolio merge into the tally of both (the in-app recompute
 * tallies page by page, decision 0018).
 */
export const portfolioTallySchema = z.object({
  today: z.string(),
  segments: z.record(segmentSchema, totalSchema),
  /** By `<value class>:<band>`. */
  cells: z.record(z.string(), totalSchema),
  /** By owner id; '' = no owner. */
  owners: z.record(z.string(), kpiCountsSchema),
  backlog: z.object({
    count: z.number(),
    oldest: z.array(z.object({ ...entryShape, createdAt: z.number().nullable() })),
  }),
  recent: z.array(z.object({ ...entryShape, changedAt: z.string() })),
});
export type PortfolioTally = z.infer<typeof portfolioTallySchema>;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const oldestFirst = (a: PortfolioTally['backlog']['oldest'][number], b: typeof a) =>
  (a.createdAt ?? Infinity) - (b.createdAt ?? Infinity) || compareText(a.id, b.id);
const newestFirst = (a: PortfolioTally['recent'][number], b: typeof a) =>
  compareText(b.changedAt, a.changedAt) || compareText(a.id, b.id);

/** Counts of no company. */
export const noKpiCounts = (): KpiCounts => ({
  count: 0,
  valueAmount: 0,
  withCadence: 0,
  cadenceKept: 0,
  planRequired: 0,
  planCurrent: 0,
  withNextStep: 0,
  reviewOverdue: 0,
  unidentified: 0,
});

function addCounts(into: KpiCounts, c: StoredCompany): void {
  into.count += 1;
  into.valueAmount += c.valueAmount;
  if (c.contactStatus !== null) into.withCadence += 1;
  if (c.contactStatus === 'on_track' || c.contactStatus === 'due_soon') into.cadenceKept += 1;
  if (c.planRequired) into.planRequired += 1;
  if (c.planRequired && c.planCurrent) into.planCurrent += 1;
  if (c.hasNextStep) into.withNextStep += 1;
  if (c.reviewOverdue) into.reviewOverdue += 1;
  if (c.segment === 'unidentified') into.unidentified += 1;
}

const emptyTally = (today: string): PortfolioTally => ({
  today,
  segments: {
    key: { count: 0, valueAmount: 0 },
    develop: { count: 0, valueAmount: 0 },
    retain: { count: 0, valueAmount: 0 },
    unidentified: { count: 0, valueAmount: 0 },
  },
  cells: {},
  owners: {},
  backlog: { count: 0, oldest: [] },
  recent: [],
});

/**
 * The tally of companies from their STORED KPI fields; a company without a stored segment (out of
 * scope, or never evaluated) counts nowhere.
 */
export function portfolioTally(
  companies: readonly PortfolioCompany[],
  config: CareConfig,
  ctx: EvaluationContext,
): PortfolioTally {
  const tally = emptyTally(todayIn(ctx.now, ctx.timeZone));
  for (const company of companies) {
    if (prop(company.properties, 'care_segment', readText) === null) continue;
    const c = storedCompany(company, config, tally.today);
    const segment = tally.segments[c.segment];
    segment.count += 1;
    segment.valueAmount += c.valueAmount;
    if (c.cell) {
      const key = `${c.cell.valueClass}:${c.cell.band}`;
      const cell = tally.cells[key] ?? { count: 0, valueAmount: 0 };
      tally.cells[key] = cell;
      cell.count += 1;
      cell.valueAmount += c.valueAmount;
    }
    const owner = tally.owners[c.ownerId ?? ''] ?? noKpiCounts();
    tally.owners[c.ownerId ?? ''] = owner;
    addCounts(owner, c);
    const entry = { id: c.id, name: c.name, segment: c.segment };
    if (c.segment === 'unidentified') {
      tally.backlog.count += 1;
      tally.backlog.oldest.push({ ...entry, createdAt: c.createdAt });
    }
    if (c.segmentChangedAt) tally.recent.push({ ...entry, changedAt: c.segmentChangedAt });
  }
  tally.backlog.oldest = tally.backlog.oldest.sort(oldestFirst).slice(0, unidentifiedBacklogLimit);
  tally.recent = tally.recent.sort(newestFirst).slice(0, recentChangesLimit);
  return tally;
}

/** The counts of two sets of companies. */
export function sumKpiCounts(a: KpiCounts, b: KpiCounts): KpiCounts {
  const sum = noKpiCounts();
  for (const key of Object.keys(sum) as (keyof KpiCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

function sumTotals<T extends Record<string, z.infer<typeof totalSchema>>>(a: T, b: T) {
  const sum: Record<string, z.infer<typeof totalSchema>> = { ...a };
  for (const [key, total] of Object.entries(b)) {
    const have = sum[key];
    sum[key] = have
      ? { count: have.count + total.count, valueAmount: have.valueAmount + total.valueAmount }
      : total;
  }
  return sum as T;
}

/** The tally of two parts of one portfolio (the day of `a`). */
export function mergeTallies(a: PortfolioTally, b: PortfolioTally): PortfolioTally {
  const owners: Record<string, KpiCounts> = { ...a.owners };
  for (const [id, counts] of Object.entries(b.owners))
    owners[id] = sumKpiCounts(owners[id] ?? noKpiCounts(), counts);
  return {
    today: a.today,
    segments: sumTotals(a.segments, b.segments),
    cells: sumTotals(a.cells, b.cells),
    owners,
    backlog: {
      count: a.backlog.count + b.backlog.count,
      oldest: [...a.backlog.oldest, ...b.backlog.oldest]
        .sort(oldestFirst)
        .slice(0, unidentifiedBacklogLimit),
    },
    recent: [...a.recent, ...b.recent].sort(newestFirst).slice(0, recentChangesLimit),
  };
}
