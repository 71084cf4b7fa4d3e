import { defaultConfig, propertyCatalog } from '@care-model/core';
import { counted, dataOf, invoke, setNow, startPortal, type Portal } from './support/portal';
import { portalSeed } from './support/seeds';

const newPortal = { ...portalSeed, companies: portalSeed.companies?.filter((c) => c.id !== '2') };

jest.setTimeout(40_000);
beforeEach(() => setNow('2026-11-02T10:00:00Z'));

describe('install_fields inside 10 s', () => {
  let portal: Portal;
  afterEach(() => portal.close());

  it('creates the catalog in one batch call', async () => {
    portal = await startPortal(newPortal, { appProperties: undefined });
    const { result, requests } = await counted(portal, () => invoke('install_fields', {}));
    expect(dataOf(result).remaining).toBeUndefined();
    const creates = requests.filter(
      (r) =>
        r.method === 'POST' && /^\/crm\/v3\/properties\/companies(\/batch\/create)?$/.test(r.path),
    );
    expect(creates.map((r) => r.path)).toEqual(['/crm/v3/properties/companies/batch/create']);
    const names = (await portal.hubspot.crm.properties.coreApi.getAll('companies')).results.map(
      (p) => p.name,
    );
    expect(names).toEqual(
      expect.arrayContaining(propertyCatalog(defaultConfig).map((p) => p.name)),
    );
  });

  it('when object creation is slow, answers what is left in time and a second call finishes', async () => {
    portal = await startPortal(newPortal, {
      appProperties: undefined,
      faults: {
        share: 1,
        kinds: ['slow'],
        slowMs: 4500,
        match: { method: 'POST', path: 'v3/schemas$' },
      },
    });
    const first = await counted(portal, () => invoke('install_fields', {}));
    const spanMs =
      Date.parse(first.requests.at(-1)?.startedAt ?? '') -
      Date.parse(first.requests[0]?.startedAt ?? '');
    expect(spanMs).toBeLessThan(8000);
    expect(dataOf(first.result).remaining).toEqual([
      expect.objectContaining({ kind: 'record_task_types', name: 'care_task_types' }),
      expect.objectContaining({ kind: 'create_schema', name: 'care_next_step' }),
    ]);
    const second = dataOf(await invoke('install_fields', {}));
    expect(second.changes.map((c) => c.name)).toEqual(['care_task_types', 'care_next_step']);
    expect(second.remaining).toBeUndefined();
    expect(dataOf(await invoke('install_fields', { dryRun: true })).changes).toEqual([]);
  });
});
