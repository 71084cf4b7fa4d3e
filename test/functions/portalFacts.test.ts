import { readStepKey } from '@care-model/core';
import type { Seed } from '@care-model/sandbox';
import { dataOf, invoke, setNow, startPortal, tasksIn, type Portal } from './support/portal';

const closedWon = (id: string, amount: string, extra: Record<string, string> = {}) => ({
  id,
  properties: {
    dealname: `Deal ${id}`,
    amount,
    closedate: '2026-05-10T00:00:00Z',
    dealstage: 'closedwon',
    pipeline: 'default',
    ...extra,
  },
  associations: { companies: ['1'] },
});
const oneCompany = (extra: Partial<Seed>): Seed => ({
  owners: [{ id: '101', email: 'aino@example.fi', firstName: 'Aino', lastName: 'Virtanen' }],
  companies: [
    {
      id: '1',
      properties: {
        name: 'Kivelä Konepaja Oy',
        hubspot_owner_id: '101',
        lifecyclestage: 'customer',
      },
    },
  ],
  ...extra,
});
const valueOf = async () =>
  dataOf(await invoke('classify_company', { companyId: '1' })).view.classification.value.amount;

jest.setTimeout(30_000);
beforeEach(() => setNow('2026-11-02T10:00:00Z'));

describe('what a real portal holds', () => {
  let portal: Portal;
  afterEach(() => portal.close());

  it('a multi-currency portal values deals in its own currency (amount_in_home_currency)', async () => {
    portal = await startPortal(
      oneCompany({
        currencies: { home: 'EUR', rates: { USD: 0.925 } },
        deals: [closedWon('9', '30000'), closedWon('10', '20000', { deal_currency_code: 'USD' })],
      }),
    );
    dataOf(await invoke('install_fields', {}));
    expect(await valueOf()).toBe(48500);
  });

  it('a company with 250 closed-won deals counts them all, past the 100 a record read lists', async () => {
    portal = await startPortal(
      oneCompany({
        deals: Array.from({ length: 250 }, (_, i) => closedWon(String(100 + i), '100')),
      }),
    );
    dataOf(await invoke('install_fields', {}));
    expect(await valueOf()).toBe(25000);
  });

  it('a company with 250 tasks sees the app’s tasks among them', async () => {
    portal = await startPortal(
      oneCompany({
        tasks: Array.from({ length: 250 }, (_, i) => ({
          id: String(1000 + i),
          properties: {
            hs_task_subject: `Call ${i}`,
            hs_timestamp: '2026-10-01T09:00:00Z',
            hs_task_status: 'COMPLETED',
          },
          associations: { companies: ['1'] },
        })),
      }),
    );
    dataOf(await invoke('install_fields', {}));
    const checklist = dataOf(await invoke('load_care_view', { companyId: '1' })).view.checklist;
    expect(checklist.length).toBeGreaterThan(0);
    const items = checklist.filter((item) => item.state === 'suggested');
    dataOf(await invoke('sync_next_steps', { companyId: '1', keys: items.map((i) => i.key) }));
    expect(tasksIn(portal).filter((t) => readStepKey(t.properties.hs_task_body))).toHaveLength(
      items.length,
    );
    const after = dataOf(await invoke('load_care_view', { companyId: '1' })).view.checklist;
    const synced = after.filter((item) => items.some((i) => i.key === item.key));
    expect(synced.length).toBeGreaterThan(0);
    expect(synced.map((item) => item.state)).toEqual(synced.map(() => 'open'));
  });
});

describe('the portal’s time zone', () => {
  let portal: Portal;
  afterEach(() => portal.close());

  it('comes from the extension context until saved with the settings, never Helsinki by default', async () => {
    portal = await startPortal(oneCompany({}));
    dataOf(await invoke('install_fields', {}));
    const fresh = dataOf(
      await invoke('load_care_view', { companyId: '1', timeZone: 'America/New_York' }),
    );
    expect(fresh.timeZone).toBe('America/New_York');
    dataOf(
      await invoke('save_settings', {
        config: {},
        expectedVersion: 0,
        timeZone: 'Pacific/Auckland',
      }),
    );
    const saved = dataOf(
      await invoke('load_care_view', { companyId: '1', timeZone: 'America/New_York' }),
    );
    expect(saved.timeZone).toBe('Pacific/Auckland');
  });
});
