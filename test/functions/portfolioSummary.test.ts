import { defaultConfig, portfolioSummary } from '@care-model/core';
import type { Seed } from '@care-model/sandbox';
import { readSettingsRecords, saveSnapshot } from '@care-model/hubspot';
import {
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  startPortal,
  type Portal,
} from './support/portal';

const bigPortal = (count: number): Seed => ({
  owners: [{ id: '101', email: 'aino@example.fi', firstName: 'Aino', lastName: 'Virtanen' }],
  companies: Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    properties: {
      name: `Company ${i + 1}`,
      hubspot_owner_id: '101',
      care_segment: i % 10 === 0 ? 'key' : 'retain',
      care_value_amount: String(1000 + i),
    },
  })),
});

describe('portfolio_summary', () => {
  // Real HTTP to a sandbox on shared cores: not jest's 5 s.
  jest.setTimeout(60_000);
  let portal: Portal;
  afterEach(() => portal.close());

  it('sums a small portal up live from the stored KPI fields', async () => {
    setNow('2026-11-02T10:00:00Z');
    portal = await installedPortal();
    // Company 1's deals sum to €48,200 (company 2 stores that value with no deal behind it).
    dataOf(
      await invoke('save_assessment', {
        companyId: '1',
        scores: { upsell: 2, development: 2, internal: 0 },
        rationale: '',
      }),
    );
    const { result, requests } = await counted(portal, () => invoke('portfolio_summary', {}));
    const data = dataOf(result);
    expect(data).toMatchObject({ source: 'live', companies: 3, asOf: '2026-11-02T10:00:00.000Z' });
    expect(data.summary.segments.rows.find((r) => r.segment === 'develop')).toMatchObject({
      count: 1,
      valueAmount: 48200,
    });
    expect(data.ownerNames).toMatchObject({ '101': 'Aino Virtanen' });
    expect(requests.length).toBeLessThanOrEqual(4);
  });

  it('serves 20 000 companies from the recompute snapshot in 3 calls, with its age', async () => {
    setNow('2026-11-02T10:00:00Z');
    portal = await startPortal(bigPortal(20000));
    dataOf(await invoke('install_fields', {}));
    const missing = await invoke('portfolio_summary', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const asOf = new Date('2026-11-02T03:00:00Z');
    const summary = portfolioSummary([], defaultConfig, { now: asOf, timeZone: 'Europe/Helsinki' });
    const records = await readSettingsRecords(portal.hubspot);
    await saveSnapshot(
      portal.hubspot,
      { asOf, companies: 20000, configVersion: 0, summary },
      records,
    );

    const started = performance.now();
    const { result, requests } = await counted(portal, () => invoke('portfolio_summary', {}));
    expect(performance.now() - started).toBeLessThan(10000);
    expect(dataOf(result)).toMatchObject({
      source: 'snapshot',
      companies: 20000,
      asOf: asOf.toISOString(),
    });
    expect(requests.length).toBeLessThanOrEqual(3);
  }, 30000);
});
