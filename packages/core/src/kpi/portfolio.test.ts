import { defaultConfig } from '../config/parseConfig';
import type { RawProperties } from '../company/companyInput';
import { configOf, contextAt } from '../testing/fixtures';
import {
  listedBacklog,
  portfolioSummary,
  portfolioSummarySchema,
  summaryOfTally,
} from './portfolio';
import {
  mergeTallies,
  portfolioTally,
  portfolioTallySchema,
  recentChangesLimit,
  unidentifiedBacklogLimit,
} from './portfolioTally';

const ctx = contextAt('2026-11-01T10:00:00Z');
const at = (id: string, properties: RawProperties) => ({ id, properties });

const companies = [
  at('1', {
    name: 'Alpha',
    hubspot_owner_id: '7',
    care_segment: 'key',
    care_segment_computed: 'key',
    care_value_amount: '150000',
    care_value_class: '1',
    care_potential_score: '7',
    care_contact_status: 'on_track',
    care_plan_updated_at: '2026-08-01',
    care_has_next_step: 'true',
    care_next_review_due: '2026-10-31',
    care_segment_changed_at: '2026-10-01',
  }),
  at('2', {
    name: 'Beta',
    hubspot_owner_id: '7',
    care_segment: 'develop',
    care_segment_computed: 'develop',
    care_value_amount: '48200.0',
    care_value_class: '2',
    care_potential_score: '4',
    care_contact_status: 'overdue',
    care_plan_updated_at: '2025-10-31',
    care_has_next_step: 'false',
    care_next_review_due: '2026-11-01',
    care_segment_changed_at: '2026-10-15',
  }),
  at('3', {
    name: 'Gamma',
    hubspot_owner_id: '8',
    care_segment: 'retain',
    care_segment_computed: 'retain',
    care_value_amount: '5000',
    care_value_class: '3',
    care_potential_score: '1',
    care_contact_status: 'due_soon',
    care_has_next_step: 'TRUE',
    care_segment_changed_at: '2026-10-15',
  }),
  at('4', { name: 'Delta', care_segment: 'unidentified', createdate: '2024-01-01T00:00:00Z' }),
  at('5', {
    care_segment: 'unidentified',
    createdate: '2023-05-01T00:00:00Z',
    care_value_amount: 'NaN',
    care_value_class: '2',
    care_potential_score: '5',
  }),
  at('6', { care_segment: 'bogus' }),
  at('7', {
    hubspot_owner_id: '8',
    care_segment: 'key',
    care_segment_computed: 'unidentified',
    care_value_class: '1',
    care_potential_score: '3',
    care_override_segment: 'key',
  }),
  // Out of scope: its fields were cleared, so it counts nowhere (specification 2.0).
  at('8', { hubspot_owner_id: '7', care_potential_upsell: '3', care_has_next_step: '' }),
];

describe('portfolioSummary', () => {
  const summary = portfolioSummary(companies, defaultConfig, ctx);

  it('is what its schema says, field for field', () => {
    expect(portfolioSummarySchema.parse(summary)).toEqual(summary);
  });

  it('totals each segment; an unknown segment counts as unidentified, an empty one nowhere', () => {
    expect(summary.today).toBe('2026-11-01');
    expect(summary.segments.rows).toEqual([
      { segment: 'key', count: 2, valueAmount: 150000 },
      { segment: 'develop', count: 1, valueAmount: 48200 },
      { segment: 'retain', count: 1, valueAmount: 5000 },
      { segment: 'unidentified', count: 3, valueAmount: 0 },
    ]);
  });

  it('fills the matrix from value class and potential score bands', () => {
    const cell = (valueClass: string, band: string) =>
      summary.matrix.cells.find((c) => c.valueClass === valueClass && c.band === band);
    expect(summary.matrix.cells).toHaveLength(9);
    expect(cell('1', 'high')).toMatchObject({ count: 1, valueAmount: 150000 });
    expect(cell('2', 'medium')).toMatchObject({ count: 1, valueAmount: 48200 });
    expect(cell('3', 'low')).toMatchObject({ count: 1, valueAmount: 5000 });
    expect(cell('1', 'medium')).toMatchObject({ count: 0, valueAmount: 0 });
    expect(summary.matrix.cells.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('computes the process KPIs per owner, companies without an owner last', () => {
    expect(summary.owners.rows).toEqual([
      {
        ownerId: '7',
        count: 2,
        valueAmount: 198200,
        cadenceCompliance: 50,
        planCoverage: 50,
        nextStepCoverage: 50,
        overdueReviews: 1,
        unidentifiedShare: 0,
      },
      {
        ownerId: '8',
        count: 2,
        valueAmount: 5000,
        cadenceCompliance: 100,
        planCoverage: 0,
        nextStepCoverage: 50,
        overdueReviews: 0,
        unidentifiedShare: 0,
      },
      {
        ownerId: null,
        count: 3,
        valueAmount: 0,
        cadenceCompliance: null,
        planCoverage: null,
        nextStepCoverage: 0,
        overdueReviews: 0,
        unidentifiedShare: 100,
      },
    ]);
    expect(summary.owners.total).toMatchObject({
      ownerId: null,
      count: 7,
      cadenceCompliance: 67,
      planCoverage: 33,
    });
  });

  it('lists the unidentified backlog oldest first, unknown creation dates last', () =>
    expect(summary.unidentifiedBacklog.companies.map((c) => c.id)).toEqual(['5', '4', '6']));

  it.each([
    [0, 0, 0],
    [3, 3, 0],
    [unidentifiedBacklogLimit, unidentifiedBacklogLimit, 0],
    [unidentifiedBacklogLimit + 1, unidentifiedBacklogLimit, 1],
    [112, unidentifiedBacklogLimit, 92],
  ])('of a backlog of %i lists the %i oldest and %i more', (size, listed, more) => {
    const backlog = Array.from({ length: size }, (_, i) =>
      at(String(i + 1), {
        care_segment: 'unidentified',
        createdate: new Date(Date.UTC(2020, 0, size - i)).toISOString(),
      }),
    );
    const all = portfolioSummary(backlog, defaultConfig, ctx).unidentifiedBacklog;
    const shown = listedBacklog(all);
    expect(all.count).toBe(size);
    expect(all.companies).toHaveLength(listed);
    expect(shown.companies).toHaveLength(listed);
    expect(shown.more).toBe(more);
    expect(shown.companies.map((c) => c.id)).toEqual(
      all.companies.slice(0, listed).map((c) => c.id),
    );
    if (size > 0) expect(shown.companies[0]?.id).toBe(String(size));
  });

  it('lists recent segment changes newest first', () => {
    expect(summary.recentChanges.companies).toEqual([
      { id: '2', name: 'Beta', segment: 'develop', changedAt: '2026-10-15' },
      { id: '3', name: 'Gamma', segment: 'retain', changedAt: '2026-10-15' },
      { id: '1', name: 'Alpha', segment: 'key', changedAt: '2026-10-01' },
    ]);
    const many = Array.from({ length: 30 }, (_, i) =>
      at(String(i), {
        care_segment: 'key',
        care_segment_changed_at: `2026-10-${String(i + 1).padStart(2, '0')}`,
      }),
    );
    const recent = portfolioSummary(many, defaultConfig, ctx).recentChanges.companies;
    expect(recent).toHaveLength(recentChangesLimit);
    expect(recent[0]?.changedAt).toBe('2026-10-30');
  });

  it('names the native report of every tile, in English and Finnish', () => {
    expect(summary.owners.nativeReports.overdueReviews.en).toBe(
      'Companies report: count of records, filter care_next_review_due is before today, break down by Company owner.',
    );
    expect(summary.owners.nativeReports.planCoverage.en).toContain(
      'care_segment is Key and care_plan_updated_at is in the last 3 months',
    );
    expect(summary.matrix.nativeReport.en).toContain('low 0–2, medium 3–5, high 6–9');
    for (const report of [
      summary.segments.nativeReport,
      summary.matrix.nativeReport,
      summary.unidentifiedBacklog.nativeReport,
      summary.recentChanges.nativeReport,
      ...Object.values(summary.owners.nativeReports),
    ]) {
      expect(report.en).toMatch(/^Companies report: .+\.$/);
      expect(report.fi).toMatch(/^Yritysraportti: .+\.$/);
    }
  });

  it('sorts owners whatever the input order, and covers plans of segments without a review cycle', () => {
    const config = configOf({
      carePlans: { retain: { planRequired: true, reviewCycleMonths: null } },
    });
    const reordered = portfolioSummary([...companies].reverse(), config, ctx);
    expect(reordered.owners.rows.map((r) => r.ownerId)).toEqual(['7', '8', null]);
    expect(reordered.owners.nativeReports.planCoverage.en).toContain(
      'care_segment is Retain and care_plan_updated_at is in the last 12 months',
    );
    const retain = at('9', { care_segment: 'retain', care_plan_updated_at: '2025-11-01' });
    expect(portfolioSummary([retain], config, ctx).owners.total.planCoverage).toBe(100);
  });

  it('summarises an empty portfolio', () => {
    const empty = portfolioSummary([], defaultConfig, ctx);
    expect(empty.owners.rows).toEqual([]);
    expect(empty.owners.total).toMatchObject({
      count: 0,
      nextStepCoverage: null,
      unidentifiedShare: null,
    });
  });

  it('is the same from the tallies of any two parts, merged after a JSON round trip (the in-app recompute)', () => {
    const many = [
      ...companies,
      ...Array.from({ length: 45 }, (_, i) =>
        at(String(100 + i), {
          hubspot_owner_id: String(i % 3),
          care_segment: i % 2 === 0 ? 'unidentified' : 'retain',
          care_value_amount: String(1000 * i),
          createdate: new Date(Date.UTC(2020, 0, 45 - i)).toISOString(),
          care_segment_changed_at: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
        }),
      ),
    ];
    const whole = portfolioSummary(many, defaultConfig, ctx);
    const stored = (part: typeof many) =>
      portfolioTallySchema.parse(
        JSON.parse(JSON.stringify(portfolioTally(part, defaultConfig, ctx))),
      );
    for (const cut of [0, 1, 3, 20, many.length - 1, many.length]) {
      const merged = mergeTallies(stored(many.slice(0, cut)), stored(many.slice(cut)));
      expect(summaryOfTally(merged, defaultConfig)).toEqual(whole);
    }
    expect(whole.unidentifiedBacklog.count).toBeGreaterThan(unidentifiedBacklogLimit);
  });
});
