import type { Seed } from '@care-model/sandbox';
import {
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  startPortal,
  type Portal,
} from './support/portal';

const bigPortal = (count: number, owners = 1): Seed => ({
  owners: Array.from({ length: owners }, (_, i) => ({
    id: String(101 + i),
    email: `owner${i}@example.fi`,
    firstName: 'Owner',
    lastName: String(i + 1),
  })),
  companies: Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    properties: { name: `Company ${i + 1}`, hubspot_owner_id: '101', care_segment: 'retain' },
  })),
});
const companyPages = (requests: { method: string; path: string }[]) =>
  requests.filter((r) => r.method === 'GET' && r.path === '/crm/v3/objects/companies');

jest.setTimeout(30_000);
beforeEach(() => setNow('2026-11-02T10:00:00Z'));

describe('bounded reads inside one invocation', () => {
  let portal: Portal;
  afterEach(() => portal.close());

  it('portfolio_summary searches with the body HubSpot documents and names every owner, past 100', async () => {
    portal = await startPortal(bigPortal(3, 150));
    dataOf(await invoke('install_fields', {}));
    const { result, requests } = await counted(portal, () => invoke('portfolio_summary', {}));
    expect(Object.keys(dataOf(result).ownerNames ?? {})).toHaveLength(150);
    const search = requests.find((r) => r.path === '/crm/v3/objects/companies/search');
    expect(search?.body).toMatchObject({ filterGroups: [], sorts: ['hs_object_id'], limit: 1 });
  });

  it('portfolio_summary stops reading live before the deadline when pages are slow', async () => {
    portal = await startPortal(bigPortal(400), {
      faults: {
        share: 1,
        kinds: ['slow'],
        slowMs: 4500,
        match: { method: 'GET', path: '^/crm/v3/objects/companies$' },
      },
    });
    dataOf(await invoke('install_fields', {}));
    const { result, requests } = await counted(portal, () => invoke('portfolio_summary', {}));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(companyPages(requests)).toHaveLength(1);
    const spanMs =
      Date.parse(requests.at(-1)?.startedAt ?? '') - Date.parse(requests[0]?.startedAt ?? '');
    expect(spanMs).toBeLessThan(7000);
  });

  it('save_settings saves without reading the portfolio', async () => {
    portal = await installedPortal();
    const config = { carePlans: { key: { contactCadenceDays: 21 } } };
    const { result, requests } = await counted(portal, () =>
      invoke('save_settings', { config, expectedVersion: 0 }),
    );
    expect(dataOf(result)).toMatchObject({ saved: true, version: 1 });
    expect(companyPages(requests)).toEqual([]);
  });

  it('the impact preview reads at most 10 pages and says it is partial', async () => {
    portal = await startPortal(bigPortal(1050));
    dataOf(await invoke('install_fields', {}));
    const config = { value: { classes: { mode: 'bands', class1Min: 40000, class2Min: 20000 } } };
    const { result, requests } = await counted(portal, () =>
      invoke('save_settings', { config, expectedVersion: 0, previewOnly: true }),
    );
    expect(dataOf(result).impact).toMatchObject({ complete: false, companiesRead: 1000 });
    expect(companyPages(requests)).toHaveLength(10);
  });
});
