import { defaultConfig, portfolioSummary, type PortfolioCompany } from '@care-model/core';
import { latestSnapshot, snapshotMaxChars, snapshotText } from './portfolioSnapshot';

const now = new Date('2026-11-01T10:00:00Z');
const segments = ['key', 'develop', 'retain', 'service', 'unidentified'] as const;

/** `count` companies over `owners` owners; every fifth unidentified, all with long names. */
function portfolio(count: number, owners: number): PortfolioCompany[] {
  return Array.from({ length: count }, (_, i) => ({
    id: String(1_000_000_000 + i),
    properties: {
      name: `Company with a rather long registered name number ${i} Oy Ab`,
      hubspot_owner_id: String(100 + (i % owners)),
      care_segment: segments[i % segments.length],
      care_segment_computed: segments[i % segments.length],
      care_value_amount: String(1000 * i),
      care_value_class: String((i % 4) + 1),
      care_potential_score: String(i % 10),
      care_contact_status: 'on_track',
      care_segment_changed_at: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      createdate: new Date(Date.UTC(2020, 0, 1 + (i % 1000))).toISOString(),
    },
  }));
}

const snapshotOf = (companies: PortfolioCompany[]) => ({
  asOf: now,
  companies: companies.length,
  configVersion: 3,
  summary: portfolioSummary(companies, defaultConfig, { now, timeZone: 'Europe/Helsinki' }),
});

describe('the stored portfolio snapshot', () => {
  it("of 3,000 companies (hundreds unidentified, 50 owners) stays well under HubSpot's 65,536 characters", () => {
    const snapshot = snapshotOf(portfolio(3000, 50));
    const text = snapshotText(snapshot);
    expect(text.length).toBeLessThan(65_536 / 2);
    const { count } = snapshot.summary.unidentifiedBacklog;
    expect(count).toBeGreaterThanOrEqual(600);
    const read = latestSnapshot([{ id: '1', properties: { care_portfolio_snapshot: text } }]);
    expect(read?.summary.unidentifiedBacklog.count).toBe(count);
    expect(read?.summary.unidentifiedBacklog.companies).toHaveLength(20);
  });

  it('does not grow with the portfolio, only with its owners', () => {
    const small = snapshotText(snapshotOf(portfolio(300, 50))).length;
    const large = snapshotText(snapshotOf(portfolio(6000, 50))).length;
    expect(large - small).toBeLessThan(2_000);
  });

  it('refuses, naming its size, a snapshot HubSpot could not keep', () => {
    expect(() => snapshotText(snapshotOf(portfolio(3000, 1500)))).toThrow(
      new RegExp(`characters; a HubSpot property keeps ${snapshotMaxChars}`),
    );
  });
});
