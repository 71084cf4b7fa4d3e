import { defaultConfig } from '@care-model/core';
import { counted, dataOf, installedPortal, invoke, setNow, type Portal } from './support/portal';

// Real HTTP to a sandbox on shared cores: not jest's 5 s.
jest.setTimeout(60_000);

let portal: Portal;

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await installedPortal();
  dataOf(
    await invoke('save_assessment', {
      companyId: '1',
      scores: { upsell: 2, development: 2, internal: 0 },
      rationale: '',
    }),
  );
  // Company 2 stores €48,200 without a deal: classifying writes its live value (none).
  dataOf(await invoke('classify_company', { companyId: '2' }));
});
afterAll(() => portal.close());

describe('get_settings and save_settings', () => {
  it('answers the defaults as version 0 before anything is saved', async () => {
    const data = dataOf(await invoke('get_settings', { includeHistory: true }));
    expect(data).toMatchObject({ version: 0, savedAt: null, history: [] });
    expect(data.config.carePlans.key.contactCadenceDays).toBe(30);
  });

  it('refuses an invalid config with the field at fault, writing nothing', async () => {
    const config = { carePlans: { develop: { contactCadenceDays: 0 } } };
    const { result, writes } = await counted(portal, () =>
      invoke('save_settings', { config, expectedVersion: 0 }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'config_invalid', field: 'carePlans.develop.contactCadenceDays' },
    });
    expect(writes).toEqual([]);
  });

  it('previews the impact from the stored fields without writing', async () => {
    // Company 1 (deals of €48,200: class 2; potential 4) moves from develop to key when class 1 starts at 40 000.
    const config = { value: { classes: { mode: 'bands', class1Min: 40000, class2Min: 20000 } } };
    const { result, writes } = await counted(portal, () =>
      invoke('save_settings', { config, expectedVersion: 0, previewOnly: true }),
    );
    expect(dataOf(result)).toMatchObject({
      saved: false,
      version: 0,
      impact: {
        complete: true,
        companiesRead: 3,
        companiesChanging: 1,
        transitions: [{ from: 'develop', to: 'key', count: 1 }],
      },
    });
    expect(writes).toEqual([]);
  });

  it('of two concurrent saves from the same version, one wins and one gets a conflict', async () => {
    const save = (cadence: number) =>
      invoke('save_settings', {
        config: { carePlans: { key: { contactCadenceDays: cadence } } },
        expectedVersion: 0,
        timeZone: 'Europe/Stockholm',
        actor: { email: 'admin@example.fi' },
      });
    const { result: results, requests } = await counted(portal, () =>
      Promise.all([save(20), save(25)]),
    );
    // Both read version 0; HubSpot's unique version check refused the second create.
    expect(requests.filter((r) => r.status === 409)).toHaveLength(1);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['conflict']);
    const stored = dataOf(await invoke('get_settings', { includeHistory: true }));
    expect(stored).toMatchObject({
      version: 1,
      savedBy: 'admin@example.fi (stated by the settings page)',
    });
    expect([20, 25]).toContain(stored.config.carePlans.key.contactCadenceDays);
    expect(dataOf(await invoke('load_care_view', { companyId: '2' })).timeZone).toBe(
      'Europe/Stockholm',
    );
  });

  it('keeps previous versions and refuses a stale expected version', async () => {
    const next = await invoke('save_settings', { config: defaultConfig, expectedVersion: 1 });
    expect(dataOf(next)).toMatchObject({ saved: true, version: 2 });
    const stale = await counted(portal, () =>
      invoke('save_settings', { config: {}, expectedVersion: 1 }),
    );
    expect(stale.result).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'expectedVersion' },
    });
    expect(stale.writes).toEqual([]);
    const history = dataOf(await invoke('get_settings', { includeHistory: true })).history;
    expect(history.map((h) => h.version)).toEqual([2, 1]);
  });
});

describe('record_activity', () => {
  it('writes the date, adds a note on the company, and reclassifies', async () => {
    const { result, requests } = await counted(portal, () =>
      invoke('record_activity', { companyId: '2', kind: 'review', note: 'Roadmap <2027> agreed' }),
    );
    const data = dataOf(result);
    expect(data.written).toContain('care_last_review_at');
    expect(data.view.dates.lastReviewAt).toBe('2026-11-02');
    expect(requests.length).toBeLessThanOrEqual(5);
    const company = await portal.hubspot.crm.companies.basicApi.getById(
      '2',
      ['care_last_review_at'],
      undefined,
      ['notes'],
    );
    expect(company.properties.care_last_review_at).toMatch(/^2026-11-02/);
    const noteId = company.associations?.notes?.results[0]?.id ?? '';
    const note = await portal.hubspot.crm.objects.notes.basicApi.getById(noteId, ['hs_note_body']);
    expect(note.properties.hs_note_body).toContain('Account review (2026-11-02)');
    expect(note.properties.hs_note_body).toContain('Roadmap &lt;2027&gt; agreed');
  });

  it('never moves a date back, and refuses a future date without writing', async () => {
    const earlier = dataOf(
      await invoke('record_activity', { companyId: '2', kind: 'review', date: '2026-10-01' }),
    );
    expect(earlier.view.dates.lastReviewAt).toBe('2026-11-02');
    const future = await counted(portal, () =>
      invoke('record_activity', { companyId: '2', kind: 'check_in', date: '2026-12-01' }),
    );
    expect(future.result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'date' },
    });
    expect(future.writes).toEqual([]);
  });
});
