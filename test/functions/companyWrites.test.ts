import { defaultConfig, propertyCatalog } from '@care-model/core';
import { counted, dataOf, installedPortal, invoke, setNow, type Portal } from './support/portal';

// Real HTTP to a sandbox on shared cores: not jest's 5 s.
jest.setTimeout(60_000);

let portal: Portal;
const readCompany = async (id: string, names: string[]) =>
  (await portal.hubspot.crm.companies.basicApi.getById(id, names)).properties;
const patchBodies = (writes: { method: string; body?: unknown }[]) =>
  writes.filter((w) => w.method === 'PATCH').map((w) => w.body);

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await installedPortal();
});
afterAll(() => portal.close());

describe('load_care_view', () => {
  it('reads settings, company, deals and tasks, and writes the drifted fields: at most 5 calls', async () => {
    const { result, requests, writes } = await counted(portal, () =>
      invoke('load_care_view', { companyId: '1' }),
    );
    const data = dataOf(result);
    expect(data.company).toMatchObject({ id: '1', name: 'Kivelä Konepaja Oy', ownerId: '101' });
    expect(data.view.classification.value).toMatchObject({ amount: 48200, valueClass: '2' });
    expect(data.view.classification.segment).toBe('unidentified');
    expect(data.view.checklist.map((item) => item.rule)).toContain('classify');
    expect(data.timeZone).toBe('Europe/Helsinki');
    expect(requests.length).toBeLessThanOrEqual(5);
    expect(patchBodies(writes)).toHaveLength(1);
    expect(writes).toHaveLength(1);
    const again = await counted(portal, () => invoke('load_care_view', { companyId: '1' }));
    expect(again.writes).toEqual([]);
  });
});

describe('classify_company', () => {
  it('writes the changed KPI fields in one PATCH, then nothing when nothing changed', async () => {
    // Stored fields someone else changed: the card open above already wrote the rest.
    await portal.hubspot.crm.companies.basicApi.update('1', {
      properties: { care_segment: 'key', care_value_amount: '1', care_value_class: '3' },
    });
    const first = await counted(portal, () => invoke('classify_company', { companyId: '1' }));
    const data = dataOf(first.result);
    expect(first.requests.length).toBeLessThanOrEqual(5);
    expect(patchBodies(first.writes)).toHaveLength(1);
    expect([...data.written].sort()).toEqual([
      'care_segment',
      'care_value_amount',
      'care_value_class',
    ]);
    expect(
      await readCompany('1', ['care_segment', 'care_value_amount', 'care_value_class']),
    ).toMatchObject({
      care_segment: 'unidentified',
      care_value_amount: '48200',
      care_value_class: '2',
    });
    const again = await counted(portal, () => invoke('classify_company', { companyId: '1' }));
    expect(dataOf(again.result).written).toEqual([]);
    expect(again.writes).toEqual([]);
    expect(again.requests.length).toBeLessThanOrEqual(4);
  });
});

describe('save_assessment', () => {
  it('writes scores, rationale, today and the reclassified fields in one PATCH of changed names only', async () => {
    const before = await readCompany(
      '1',
      propertyCatalog(defaultConfig).map((p) => p.name),
    );
    const { result, requests, writes } = await counted(portal, () =>
      invoke('save_assessment', {
        companyId: '1',
        scores: { upsell: 2, development: 2, internal: 0 },
        rationale: 'Two services in use, a third in planning.',
      }),
    );
    const data = dataOf(result);
    expect(data.view.classification.segment).toBe('develop');
    expect(requests.length).toBeLessThanOrEqual(5);
    const [body] = patchBodies(writes);
    expect(patchBodies(writes)).toHaveLength(1);
    const names = Object.keys((body as { properties: object }).properties).sort();
    expect(names).toEqual([...data.written].sort());
    expect(names).not.toContain('care_value_amount');
    const sent = Object.entries((body as { properties: Record<string, string> }).properties);
    for (const [name, value] of sent) expect([name, before[name] ?? '']).not.toEqual([name, value]);
    expect(names).toEqual(
      expect.arrayContaining(['care_potential_upsell', 'care_potential_rationale', 'care_segment']),
    );
    expect(
      await readCompany('1', [
        'care_segment',
        'care_potential_score',
        'care_potential_assessed_at',
      ]),
    ).toMatchObject({
      care_segment: 'develop',
      care_potential_score: '4',
      care_potential_assessed_at: '2026-11-02',
    });
  });

  it('refuses an unknown factor, naming it, and writes nothing', async () => {
    const { result, writes } = await counted(portal, () =>
      invoke('save_assessment', { companyId: '1', scores: { charm: 3 }, rationale: '' }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'scores.charm' },
    });
    expect(writes).toEqual([]);
  });
});

describe('set_override and clear_override', () => {
  it('keeps a live override through classify, and the computed segment returns after its expiry', async () => {
    const set = await counted(portal, () =>
      invoke('set_override', {
        companyId: '1',
        segment: 'key',
        reason: 'Strategic pilot',
        until: '2026-12-31',
      }),
    );
    expect(dataOf(set.result).view.classification.segment).toBe('key');
    expect(set.requests.length).toBeLessThanOrEqual(5);
    dataOf(await invoke('classify_company', { companyId: '1' }));
    expect(await readCompany('1', ['care_segment', 'care_override_segment'])).toMatchObject({
      care_segment: 'key',
      care_override_segment: 'key',
    });
    setNow('2027-01-05T10:00:00Z');
    try {
      const later = dataOf(await invoke('classify_company', { companyId: '1' }));
      expect(later.view.classification.segment).toBe('develop');
      expect(await readCompany('1', ['care_segment', 'care_override_segment'])).toMatchObject({
        care_segment: 'develop',
        care_override_segment: 'key',
      });
    } finally {
      setNow('2026-11-02T10:00:00Z');
    }
  });

  it('records who set the override from the actor, answers it in load_care_view, and clear removes it', async () => {
    const actor = { userId: '42', email: 'aino.virtanen@example.com' };
    const set = await counted(portal, () =>
      invoke('set_override', { companyId: '3', segment: 'key', reason: 'Reference', actor }),
    );
    expect(dataOf(set.result).overrideSetBy).toEqual({
      name: 'aino.virtanen@example.com (stated by the card)',
      at: null,
    });
    expect(patchBodies(set.writes)).toHaveLength(1);
    expect(await readCompany('3', ['care_override_set_by'])).toMatchObject({
      care_override_set_by: 'aino.virtanen@example.com (stated by the card)',
    });
    const loaded = await counted(portal, () => invoke('load_care_view', { companyId: '3' }));
    expect(dataOf(loaded.result).overrideSetBy).toEqual({
      name: 'aino.virtanen@example.com (stated by the card)',
      at: null,
    });
    expect(loaded.requests.length).toBeLessThanOrEqual(5);

    dataOf(await invoke('classify_company', { companyId: '3' }));
    expect(await readCompany('3', ['care_override_set_by'])).toMatchObject({
      care_override_set_by: 'aino.virtanen@example.com (stated by the card)',
    });

    const byId = dataOf(
      await invoke('set_override', {
        companyId: '3',
        segment: 'retain',
        reason: 'Reference ended',
        actor: { userId: '43' },
      }),
    );
    expect(byId.overrideSetBy).toEqual({ name: '43 (stated by the card)', at: null });

    const cleared = dataOf(await invoke('clear_override', { companyId: '3', actor }));
    expect(cleared.overrideSetBy).toBeNull();
    expect(await readCompany('3', ['care_override_set_by'])).toMatchObject({
      care_override_set_by: null,
    });
    expect(dataOf(await invoke('load_care_view', { companyId: '3' })).overrideSetBy).toBeNull();
  });

  it('defaults the expiry to one year and clears it again', async () => {
    const set = dataOf(
      await invoke('set_override', { companyId: '2', segment: 'retain', reason: 'Winding down' }),
    );
    expect(set.view.classification.override).toMatchObject({ until: '2027-11-02', active: true });
    expect(set.overrideSetBy).toBeNull();
    const cleared = await counted(portal, () => invoke('clear_override', { companyId: '2' }));
    expect(dataOf(cleared.result).view.classification.override).toBeNull();
    expect(cleared.requests.length).toBeLessThanOrEqual(5);
    expect(await readCompany('2', ['care_override_segment', 'care_segment'])).toMatchObject({
      care_override_segment: null,
      care_segment: 'develop',
    });
  });
});
