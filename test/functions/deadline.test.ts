import { defaultConfig, portfolioSummary, ruleIds } from '@care-model/core';
import type { FunctionName } from '@care-model/contract';
import type { Seed } from '@care-model/sandbox';
import { readSettingsRecords, saveSnapshot } from '@care-model/hubspot';
import { dataOf, invoke, setNow, startPortal, type Portal } from './support/portal';

// HubSpot answers in 100–500 ms: every call here takes the upper bound, and creating an object
// type takes the sandbox's 3 s. HubSpot stops a function after 10 s; each must answer within 8 s.
const worstCase = { minMs: 500, maxMs: 500 };
const limitMs = 8000;
const companies = 20_000;
const dealsAndTasks = 250;
/** portfolio_summary reads up to this many companies live (20 pages of 100). */
const livePortal = 2000;

const big = (count: number): Seed => ({
  owners: [{ id: '101', email: 'aino@example.fi', firstName: 'Aino', lastName: 'Virtanen' }],
  companies: Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    properties: {
      name: `Company ${i + 1}`,
      lifecyclestage: 'customer',
      ...(i === 0 ? {} : { hubspot_owner_id: '101' }),
    },
  })),
  // Company 1, the card's: no owner, no assessment (every rule it can fire is due), 250 of each.
  deals: Array.from({ length: dealsAndTasks }, (_, i) => ({
    id: String(100_000 + i),
    properties: {
      dealname: `Deal ${i}`,
      amount: '100',
      closedate: '2026-05-10T00:00:00Z',
      dealstage: 'closedwon',
      pipeline: 'default',
    },
    associations: { companies: ['1'] },
  })),
  tasks: Array.from({ length: dealsAndTasks }, (_, i) => ({
    id: String(200_000 + i),
    properties: {
      hs_task_subject: `Call ${i}`,
      hs_timestamp: '2026-09-01T09:00:00Z',
      hs_task_status: 'COMPLETED',
    },
    associations: { companies: ['1'] },
  })),
});

let portal: Portal;
jest.setTimeout(60_000);
beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await startPortal(big(companies), { appProperties: undefined, latency: worstCase });
});
afterAll(() => portal.close());

async function timed<N extends FunctionName>(name: N, parameters: Record<string, unknown>) {
  const started = performance.now();
  const result = await invoke(name, parameters);
  const ms = performance.now() - started;
  if (process.env.CARE_MODEL_TIMINGS)
    process.stdout.write(`${name}: ${(ms / 1000).toFixed(2)} s\n`);
  return { data: dataOf(result), ms };
}

describe(`worst cases at ${worstCase.maxMs} ms a call, ${companies} companies`, () => {
  it('install_fields on a fresh portal answers each call within 8 s and finishes in two', async () => {
    const first = await timed('install_fields', {});
    expect(first.ms).toBeLessThan(limitMs);
    const second = await timed('install_fields', {});
    expect(second.ms).toBeLessThan(limitMs);
    expect(second.data.remaining).toBeUndefined();
    expect([...first.data.changes, ...second.data.changes].map((c) => c.kind)).toContain(
      'create_schema',
    );
  });

  it(`portfolio_summary at ${companies} companies answers from the snapshot within 8 s`, async () => {
    const asOf = new Date('2026-11-02T03:00:00Z');
    const summary = portfolioSummary([], defaultConfig, { now: asOf, timeZone: 'Europe/Helsinki' });
    const records = await readSettingsRecords(portal.hubspot);
    await saveSnapshot(portal.hubspot, { asOf, companies, configVersion: 0, summary }, records);
    const { data, ms } = await timed('portfolio_summary', {});
    expect(data).toMatchObject({ source: 'snapshot', companies });
    expect(ms).toBeLessThan(limitMs);
  });

  it(`save_settings previews at ${companies} companies (partial) and saves within 8 s`, async () => {
    const settings = dataOf(await invoke('get_settings', {}));
    const config = { ...settings.config, nextSteps: { ...settings.config.nextSteps } };
    const preview = await timed('save_settings', {
      config,
      expectedVersion: settings.version,
      previewOnly: true,
    });
    expect(preview.data.impact?.complete).toBe(false);
    expect(preview.ms).toBeLessThan(limitMs);
    const save = await timed('save_settings', { config, expectedVersion: settings.version });
    expect(save.data).toMatchObject({ saved: true, version: settings.version + 1 });
    expect(save.ms).toBeLessThan(limitMs);
  });

  const card = { companyId: '1', timeZone: 'Europe/Helsinki' };
  it.each<[FunctionName, Record<string, unknown>]>([
    ['load_care_view', card],
    ['classify_company', card],
    [
      'save_assessment',
      { ...card, scores: { upsell: 3, development: 2, internal: 1 }, rationale: 'Growing' },
    ],
    ['set_override', { ...card, segment: 'key', reason: 'Strategic account' }],
    ['clear_override', card],
    ['record_activity', { ...card, kind: 'review', note: 'Quarterly review held' }],
  ])(
    `%s on a company with ${dealsAndTasks} deals and ${dealsAndTasks} tasks answers within 8 s`,
    async (name, parameters) => {
      const { ms } = await timed(name, parameters);
      expect(ms).toBeLessThan(limitMs);
    },
  );

  it(`sync_next_steps of 100 steps on a company with ${dealsAndTasks} tasks answers within 8 s`, async () => {
    // The company's due steps, and the other 100 − n keys of earlier periods (skipped: not due now).
    await invoke('clear_override', card);
    dataOf(await invoke('save_assessment', { ...card, scores: {}, rationale: '' }));
    const view = dataOf(await invoke('load_care_view', card)).view;
    const due = view.checklist.filter((item) => item.state === 'suggested').map((i) => i.key);
    expect(due.length).toBeGreaterThanOrEqual(3);
    const earlier = ruleIds.flatMap((rule) =>
      Array.from({ length: 10 }, (_, year) => `1:${rule}:${2010 + year}-01-01`),
    );
    const keys = [...due, ...earlier.slice(0, 100 - due.length)];
    const { data, ms } = await timed('sync_next_steps', { companyId: '1', keys });
    expect(data.created.map((c) => c.key).sort()).toEqual([...due].sort());
    expect(data.skipped).toHaveLength(100 - due.length);
    expect(ms).toBeLessThan(limitMs);
  });
});

describe(`portfolio_summary at the live-read limit, ${livePortal} companies`, () => {
  let small: Portal;
  beforeAll(async () => {
    // Object creation is not what this measures: it takes 0.5 s here instead of 3 s.
    small = await startPortal(big(livePortal), {
      appProperties: undefined,
      latency: { ...worstCase, schemaCreateMs: 500 },
    });
    const installed = dataOf(await invoke('install_fields', {}));
    expect(installed.remaining).toBeUndefined();
  });
  afterAll(() => small.close());

  it('gives up the live read in time and answers from the snapshot within 8 s', async () => {
    const asOf = new Date('2026-11-02T03:00:00Z');
    const summary = portfolioSummary([], defaultConfig, { now: asOf, timeZone: 'Europe/Helsinki' });
    const records = await readSettingsRecords(small.hubspot);
    await saveSnapshot(
      small.hubspot,
      { asOf, companies: livePortal, configVersion: 0, summary },
      records,
    );
    const { data, ms } = await timed('portfolio_summary', {});
    expect(data).toMatchObject({ source: 'snapshot', companies: livePortal });
    expect(ms).toBeLessThan(limitMs);
  });
});
