import {
  Button,
  EmptyState,
  ErrorState,
  LoadingSpinner,
  StatisticsItem,
  TableCell,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import { CrmActionLink } from '@hubspot/ui-extensions/crm';
import { defaultConfig, portfolioSummary, type RawProperties } from '@care-model/core';
import { fail, ok, type PortfolioSummaryData } from '@care-model/contract';
import { CareModelPages, PortfolioHomePage } from '@care-model/ui';
import { fakeCaller, pending } from './fixtures';
import { fire, renderWith, visibleText } from './render';

const ctx = { now: new Date('2026-11-01T10:00:00Z'), timeZone: 'Europe/Helsinki' };
const at = (id: string, properties: RawProperties) => ({ id, properties });
const companies = [
  at('1', {
    name: 'Alpha Oy',
    hubspot_owner_id: '7',
    care_segment: 'key',
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
    name: 'Beta Oy',
    hubspot_owner_id: '7',
    care_segment: 'develop',
    care_value_amount: '48200',
    care_value_class: '2',
    care_potential_score: '4',
    care_contact_status: 'overdue',
    care_has_next_step: 'false',
    care_segment_changed_at: '2026-10-15',
  }),
  at('3', { name: 'Gamma Oy', care_segment: 'unidentified', createdate: '2024-01-01T00:00:00Z' }),
];

const summaryData = (patch: Partial<PortfolioSummaryData> = {}): PortfolioSummaryData => ({
  source: 'live',
  asOf: '2026-11-01T10:00:00Z',
  companies: companies.length,
  summary: portfolioSummary(companies, defaultConfig, ctx),
  config: defaultConfig,
  ownerNames: { '7': 'Aino Virtanen' },
  ...patch,
});

const home = (answer: () => ReturnType<typeof ok> | Promise<never>, locale?: string) => {
  const fake = fakeCaller({ portfolio_summary: answer });
  return { ...renderWith('pages', fake.caller, <PortfolioHomePage />, locale), fake };
};

describe('home page', () => {
  it('is the index route of the app pages router', async () => {
    const { caller } = fakeCaller({ portfolio_summary: () => ok(summaryData()) });
    const { waitFor, text } = renderWith('pages', caller, <CareModelPages />);
    await waitFor(() => expect(text()).toContain('Portfolio matrix'));
  });

  it('shows a spinner, then a readable error with retry', async () => {
    const loading = home(pending);
    expect(loading.find(LoadingSpinner).props.label).toBe('Loading the portfolio…');
    let attempt = 0;
    const { find, waitFor, text, fake } = home(() =>
      ++attempt === 1
        ? fail({ code: 'rate_limited', message: 'Too many requests.' })
        : ok(summaryData()),
    );
    await waitFor(() => expect(find(ErrorState)).toBeTruthy());
    expect(text()).toContain('HubSpot is busy right now');
    fire(
      find(Button, (b) => b.text === 'Try again'),
      'onClick',
    );
    await waitFor(() => expect(text()).toContain('Portfolio matrix'));
    expect(fake.callsTo('portfolio_summary')).toHaveLength(2);
  });

  it('shows an empty portfolio as such', async () => {
    const { find, waitFor } = home(() =>
      ok(summaryData({ companies: 0, summary: portfolioSummary([], defaultConfig, ctx) })),
    );
    await waitFor(() =>
      expect(find(EmptyState).props.title).toBe('No companies in the care model yet'),
    );
  });

  it('shows the matrix with count and value per cell, and the native report behind it', async () => {
    const { find, waitFor, text } = home(() => ok(summaryData()));
    await waitFor(() => expect(text()).toContain('Portfolio matrix'));
    expect(text()).toContain('Live figures');
    const cell = (id: string) => visibleText(find(TableCell, { testId: id }));
    expect(cell('cell-1-high')).toBe('1 · €150,000');
    expect(cell('cell-2-medium')).toBe('1 · €48,200');
    expect(cell('cell-3-low')).toBe('0 · €0');
    expect(text()).toContain(summaryData().summary.matrix.nativeReport.en);
  });

  it('shows KPI tiles with their native reports, per owner rows, insufficient data', async () => {
    const { findAll, waitFor, text } = home(() => ok(summaryData()));
    await waitFor(() => expect(findAll(StatisticsItem)).toHaveLength(4));
    const reports = summaryData().summary.owners.nativeReports;
    const tiles = findAll(StatisticsItem).map((tile) => `${tile.props.label}=${tile.props.number}`);
    expect(tiles).toContain('Overdue reviews=1');
    for (const tile of [
      'cadenceCompliance',
      'planCoverage',
      'nextStepCoverage',
      'overdueReviews',
    ] as const) {
      expect(text()).toContain(reports[tile].en);
    }
    expect(text()).toContain('Aino Virtanen');
    expect(text()).toContain('No owner');
    expect(text()).toContain('Insufficient data');
  });

  it('lists the unidentified backlog and recent segment changes', async () => {
    const { findAll, waitFor, text } = home(() => ok(summaryData()));
    await waitFor(() => expect(text()).toContain('Unidentified backlog'));
    expect(text()).toContain('1 company waits for a potential assessment.');
    expect(text()).toContain('Gamma Oy');
    expect(findAll(Tag).map((tag) => tag.text)).toEqual(['Develop', 'Key']);
    expect(text()).toContain('Oct 15, 2026');
  });

  it('links a company through HubSpot’s record link, not a hard-coded app host', async () => {
    const { find, waitFor, text } = home(() => ok(summaryData()));
    await waitFor(() => expect(text()).toContain('Gamma Oy'));
    const link = find(CrmActionLink, (l) => l.text === 'Gamma Oy');
    expect(link.props).toMatchObject({
      actionType: 'RECORD_APP_LINK',
      actionContext: { objectTypeId: '0-2', objectId: 3 },
    });
    expect(JSON.stringify(link.props)).not.toContain('app.hubspot.com');
  });

  it('lists the 20 oldest of a long backlog, keeps the count of all, and names the report for the rest', async () => {
    const backlog = Array.from({ length: 112 }, (_, i) =>
      at(String(100 + i), {
        name: `Unassessed ${i + 1} Oy`,
        care_segment: 'unidentified',
        createdate: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      }),
    );
    const all = [...companies, ...backlog];
    const data = summaryData({
      companies: all.length,
      summary: portfolioSummary(all, defaultConfig, ctx),
    });
    const { find, waitFor, text } = home(() => ok(data));
    await waitFor(() => expect(text()).toContain('Unidentified backlog'));
    expect(text()).toContain('113 companies wait for a potential assessment.');
    expect(text()).toContain('Gamma Oy');
    expect(text()).toContain('Unassessed 19 Oy');
    expect(text()).not.toContain('Unassessed 20 Oy');
    expect(visibleText(find(Text, { testId: 'backlog-more' }))).toBe(
      'and 93 more — Companies report: filter Care segment is Unidentified',
    );

    const fi = home(() => ok(data), 'fi-FI');
    await fi.waitFor(() => expect(fi.text()).toContain('Tunnistamattomat'));
    expect(visibleText(fi.find(Text, { testId: 'backlog-more' }))).toBe(
      'ja 93 muuta — Yritysraportti: suodatin Hoitosegmentti on Tunnistamaton',
    );
  });

  it('lists a short backlog whole, without the line for the rest', async () => {
    const { findAll, waitFor, text } = home(() => ok(summaryData()));
    await waitFor(() => expect(text()).toContain('Unidentified backlog'));
    expect(findAll(Text, { testId: 'backlog-more' })).toEqual([]);
  });

  it('tells the snapshot age when the figures come from the snapshot, in Finnish', async () => {
    const asOf = new Date(Date.now() - 5 * 3_600_000).toISOString();
    const { waitFor, text } = home(() => ok(summaryData({ source: 'snapshot', asOf })), 'fi-FI');
    await waitFor(() => expect(text()).toContain('Salkun matriisi'));
    expect(text()).toMatch(/Tilannekuvasta .* \(5 tuntia sitten\)/);
  });
});
