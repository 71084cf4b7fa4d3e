import { z } from 'zod';
import type { EvaluationContext, PortfolioCompany } from '../company/companyInput';
import type { CareConfig } from '../config/configSchema';
import {
  potentialBandSchema,
  potentialBands,
  segmentSchema,
  segments,
  valueClassSchema,
  valueClasses,
  viewTextSchema,
} from '../config/vocabulary';
import { nativeReports } from './nativeReports';
import { ownerKpis, ownerKpisSchema } from './ownerKpis';
import {
  noKpiCounts,
  portfolioTally,
  sumKpiCounts,
  unidentifiedBacklogLimit,
  type PortfolioTally,
} from './portfolioTally';

export const segmentTotalSchema = z
  .object({ segment: segmentSchema, count: z.number(), valueAmount: z.number() })
  .readonly();
export type SegmentTotal = z.infer<typeof segmentTotalSchema>;

export const matrixCellTotalSchema = z
  .object({
    valueClass: valueClassSchema,
    band: potentialBandSchema,
    count: z.number(),
    valueAmount: z.number(),
  })
  .readonly();
export type MatrixCellTotal = z.infer<typeof matrixCellTotalSchema>;

const portfolioEntryShape = { id: z.string(), name: z.string().nullable(), segment: segmentSchema };
export const portfolioEntrySchema = z.object(portfolioEntryShape).readonly();
export type PortfolioEntry = z.infer<typeof portfolioEntrySchema>;

/** The home page: every tile carries the sentence naming the native report that reproduces it. */
export const portfolioSummarySchema = z
  .object({
    today: z.string(),
    segments: z
      .object({ rows: z.array(segmentTotalSchema).readonly(), nativeReport: viewTextSchema })
      .readonly(),
    matrix: z
      .object({ cells: z.array(matrixCellTotalSchema).readonly(), nativeReport: viewTextSchema })
      .readonly(),
    owners: z
      .object({
        /** One row per owner (ids ascending), companies without an owner last. */
        rows: z.array(ownerKpisSchema).readonly(),
        total: ownerKpisSchema,
        nativeReports: z
          .object({
            cadenceCompliance: viewTextSchema,
            planCoverage: viewTextSchema,
            nextStepCoverage: viewTextSchema,
            overdueReviews: viewTextSchema,
            unidentifiedShare: viewTextSchema,
          })
          .readonly(),
      })
      .readonly(),
    unidentifiedBacklog: z
      .object({
        /** Every unidentified company. */
        count: z.number().int().nonnegative(),
        /** The oldest `unidentifiedBacklogLimit` of them: what the home page lists (and the snapshot keeps). */
        companies: z.array(portfolioEntrySchema).readonly(),
        nativeReport: viewTextSchema,
      })
      .readonly(),
    recentChanges: z
      .object({
        companies: z
          .array(z.object({ ...portfolioEntryShape, changedAt: z.string() }).readonly())
          .readonly(),
        nativeReport: viewTextSchema,
      })
      .readonly(),
  })
  .readonly();
export type PortfolioSummary = z.infer<typeof portfolioSummarySchema>;

/**
 * The oldest unidentified companies to list, and how many more the native report holds.
 * @example a backlog of 112 → its 20 oldest companies and more: 92
 */
export function listedBacklog(backlog: PortfolioSummary['unidentifiedBacklog']): {
  companies: readonly PortfolioEntry[];
  more: number;
} {
  const companies = backlog.companies.slice(0, unidentifiedBacklogLimit);
  return { companies, more: Math.max(0, backlog.count - companies.length) };
}

const entry = (c: { id: string; name: string | null; segment: PortfolioEntry['segment'] }) => ({
  id: c.id,
  name: c.name,
  segment: c.segment,
});

/** The home page's summary from a tally (of one portfolio, or merged from its parts). */
export function summaryOfTally(tally: PortfolioTally, config: CareConfig): PortfolioSummary {
  const reports = nativeReports(config);
  const owners = Object.keys(tally.owners).sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const everyone = Object.values(tally.owners).reduce(sumKpiCounts, noKpiCounts());
  const totalOf = (t: { count: number; valueAmount: number } | undefined) => ({
    count: t?.count ?? 0,
    valueAmount: t?.valueAmount ?? 0,
  });
  return {
    today: tally.today,
    segments: {
      rows: segments.map((segment) => ({ segment, ...totalOf(tally.segments[segment]) })),
      nativeReport: reports.segments,
    },
    matrix: {
      cells: valueClasses.flatMap((valueClass) =>
        potentialBands.map((band) => ({
          valueClass,
          band,
          ...totalOf(tally.cells[`${valueClass}:${band}`]),
        })),
      ),
      nativeReport: reports.matrix,
    },
    owners: {
      rows: owners.map((owner) =>
        ownerKpis(owner === '' ? null : owner, tally.owners[owner] ?? noKpiCounts()),
      ),
      total: ownerKpis(null, everyone),
      nativeReports: {
        cadenceCompliance: reports.cadenceCompliance,
        planCoverage: reports.planCoverage,
        nextStepCoverage: reports.nextStepCoverage,
        overdueReviews: reports.overdueReviews,
        unidentifiedShare: reports.unidentifiedShare,
      },
    },
    unidentifiedBacklog: {
      count: tally.backlog.count,
      companies: tally.backlog.oldest.map(entry),
      nativeReport: reports.unidentifiedBacklog,
    },
    recentChanges: {
      companies: tally.recent.map((c) => ({ ...entry(c), changedAt: c.changedAt })),
      nativeReport: reports.recentChanges,
    },
  };
}

/**
 * Portfolio aggregates from the companies' STORED KPI fields only (no deals, no tasks), for the home page and the report CLI; a company without a stored segment (out of scope, or never evaluated) counts nowhere.
 * @example two stored key companies worth 100000 and 50000 → segments row { segment: 'key', count: 2, valueAmount: 150000 }
 */
export function portfolioSummary(
  companies: readonly PortfolioCompany[],
  config: CareConfig,
  ctx: EvaluationContext,
): PortfolioSummary {
  return summaryOfTally(portfolioTally(companies, config, ctx), config);
}
