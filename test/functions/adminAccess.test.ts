import { adminFunctions, type FunctionName } from '@care-model/contract';
import { defaultConfig } from '@care-model/core';
import {
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  testAdminKey,
  type Portal,
} from './support/portal';

jest.setTimeout(60_000);

let portal: Portal;

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await installedPortal();
});
afterEach(() => {
  process.env.CARE_MODEL_ADMIN_KEY = testAdminKey;
});
afterAll(() => portal.close());

const callOf: Record<(typeof adminFunctions)[number], Record<string, unknown>> = {
  install_fields: { dryRun: true },
  save_settings: { config: defaultConfig, expectedVersion: 0, previewOnly: true },
  recompute_portfolio: { action: 'status' },
};

describe('portal-wide functions need the admin key (decision 0015)', () => {
  it.each(
    adminFunctions.flatMap(
      (name) =>
        [
          [name, 'no key', {}],
          [name, 'an empty key', { adminKey: '' }],
          [name, 'a wrong key', { adminKey: `${testAdminKey}x` }],
          [name, 'a key of another type', { adminKey: 12345 }],
        ] as const,
    ),
  )('%s with %s → forbidden, before any request', async (name, _label, key) => {
    const { result, requests } = await counted(portal, () =>
      invoke(name, { ...callOf[name], adminKey: undefined, ...key }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', field: 'adminKey' } });
    expect(requests).toEqual([]);
  });

  it.each(adminFunctions)('%s with the right key runs', async (name) => {
    const result = await invoke(name, { ...callOf[name], adminKey: testAdminKey });
    expect(result.ok).toBe(true);
  });

  it.each(adminFunctions)(
    '%s without the secret set tells the admin how to set it',
    async (name) => {
      delete process.env.CARE_MODEL_ADMIN_KEY;
      const { result, requests } = await counted(portal, () =>
        invoke(name, { ...callOf[name], adminKey: testAdminKey }),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!result.ok && result.error.message).toContain('hs secret add CARE_MODEL_ADMIN_KEY');
      expect(requests).toEqual([]);
    },
  );

  it('a rep-level function cannot change the settings', async () => {
    const repLevel: FunctionName[] = ['load_care_view', 'classify_company', 'get_settings'];
    const config = { ...defaultConfig, carePlans: { key: { contactCadenceDays: 1 } } };
    for (const name of repLevel) {
      const { result, writes } = await counted(portal, () =>
        invoke(name, { companyId: '1', config, adminKey: testAdminKey }),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(writes).toEqual([]);
    }
    expect(dataOf(await invoke('get_settings', {})).version).toBe(0);
  });

  it.each([
    ['null', { config: null }],
    ['missing', {}],
  ])('save_settings with config %s → invalid_input, no version saved', async (_label, config) => {
    const { result, writes } = await counted(portal, () =>
      invoke('save_settings', { expectedVersion: 0, ...config }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'config' } });
    expect(writes).toEqual([]);
    expect(dataOf(await invoke('get_settings', {})).version).toBe(0);
  });
});
