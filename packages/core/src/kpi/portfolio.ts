import { z } from 'zod';
import { todayIn } from '../care-plan/calendar';
import type { EvaluationContext, PortfolioCompany } from '../company/companyInput';
import { prop, readText } from '../company/read';
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
import { ownerKpis, ownerKpisSchema, type OwnerKpis } from './ownerKpis';
import { storedCompany, type StoredCompany } from './storedCompany';

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

/** How many recent segment changes the home page lists. */
export const recentChangesLimit = 20;

/** How many unidentified companies the home page lists; its count still covers all of them. */
export const unidentifiedBacklogLimit = 20;

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

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: StoredCompany, b: StoredCompany) => compareText(a.id, b.id);
const entry = (c: StoredCompany): PortfolioEntry => ({
  id: c.id,
  name: c.name,
  segment: c.segment,
});
const total = (companies: readonly StoredCompany[]) => ({
  count: companies.length,
  valueAmount: companies.reduce((sum, c) => sum + c.valueAmount, 0),
});

function byOwner(companies: readonly StoredCompany[]): OwnerKpis[] {
  const owners = [...new Set(companies.map((c) => c.ownerId))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : compareText(a, b),
  );
  return owners.map((owner) =>
    ownerKpis(
      owner,
      companies.filter((c) => c.ownerId === owner),
    ),
  );
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
  const today = todayIn(ctx.now, ctx.timeZone);
  // Out of scope (or never evaluated): no stored segment, so the company counts in no KPI.
  const stored = companies
    .filter((c) => prop(c.properties, 'care_segment', readText) !== null)
    .map((c) => storedCompany(c, config, today));
  const reports = nativeReports(config);
  const backlog = stored
    .filter((c) => c.segment === 'unidentified')
    .sort((a, b) => (a.createdAt ?? Infinity) - (b.createdAt ?? Infinity) || byId(a, b));
  const changed = stored
    .flatMap((c) => (c.segmentChangedAt ? [{ ...entry(c), changedAt: c.segmentChangedAt }] : []))
    .sort((a, b) => compareText(b.changedAt, a.changedAt) || compareText(a.id, b.id));
  return {
    today,
    segments: {
      rows: segments.map((segment) => ({
        segment,
        ...total(stored.filter((c) => c.segment === segment)),
      })),
      nativeReport: reports.segments,
    },
    matrix: {
      cells: valueClasses.flatMap((valueClass) =>
        potentialBands.map((band) => ({
          valueClass,
          band,
          ...total(stored.filter((c) => c.cell?.valueClass === valueClass && c.cell.band === band)),
        })),
      ),
      nativeReport: reports.matrix,
    },
    owners: {
      rows: byOwner(stored),
      total: ownerKpis(null, stored),
      nativeReports: {
        cadenceCompliance: reports.cadenceCompliance,
        planCoverage: reports.planCoverage,
        nextStepCoverage: reports.nextStepCoverage,
        overdueReviews: reports.overdueReviews,
        unidentifiedShare: reports.unidentifiedShare,
      },
    },
    unidentifiedBacklog: {
      count: backlog.length,
      companies: backlog.slice(0, unidentifiedBacklogLimit).map(entry),
      nativeReport: reports.unidentifiedBacklog,
    },
    recentChanges: {
      companies: changed.slice(0, recentChangesLimit),
      nativeReport: reports.recentChanges,
    },
  };
}
