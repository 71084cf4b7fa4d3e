import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readStepKey } from '@care-model/core';
import type { FaultOptions } from '@care-model/sandbox';
import {
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  startPortal,
  tasksIn,
  type Portal,
} from './support/portal';
import { portalSeed } from './support/seeds';

/** A 500 answered after HubSpot wrote: the first `method` request on `route` only. */
const afterWrite500 = (method: string, route: string): { faults: FaultOptions } => ({
  faults: { share: 1, kinds: ['after-write-500'], match: { method, path: route }, limit: 1 },
});
const recordsOf = (portal: Portal, type: string) =>
  [...(portal.sandbox.store.findType(type)?.records.values() ?? [])].filter((r) => !r.archived);
const syncItems = async (companyId: string) =>
  dataOf(await invoke('load_care_view', { companyId })).view.checklist.filter(
    (item) => item.state === 'suggested',
  );
const sync = (companyId: string, items: Awaited<ReturnType<typeof syncItems>>) =>
  invoke('sync_next_steps', { companyId, keys: items.map((item) => item.key) });

beforeEach(() => setNow('2026-11-02T10:00:00Z'));
// Each test installs a portal first (about 3 s).
jest.setTimeout(20_000);

describe('a create whose answer is a 500 after HubSpot wrote it', () => {
  it('tasks: created once, and the answer names them as created', async () => {
    const portal = await installedPortal(
      afterWrite500('POST', '^/crm/v3/objects/tasks/batch/create$'),
    );
    try {
      const items = await syncItems('1');
      const { result, requests } = await counted(portal, () => sync('1', items));
      const keys = items.map((i) => i.key).sort();
      expect(
        dataOf(result)
          .created.map((c) => c.key)
          .sort(),
      ).toEqual(keys);
      expect(dataOf(result).failed).toEqual([]);
      expect(requests.filter((r) => r.path.endsWith('/tasks/batch/create'))).toHaveLength(1);
      expect(
        tasksIn(portal)
          .map((t) => readStepKey(t.properties.hs_task_body))
          .sort(),
      ).toEqual(keys);
    } finally {
      await portal.close();
    }
  });

  it('claims: claimed once, no task yet, the step is held rather than duplicated', async () => {
    const portal = await installedPortal(
      afterWrite500('POST', '^/crm/v3/objects/p_care_next_step/batch/create$'),
    );
    try {
      const items = await syncItems('1');
      const { result, requests } = await counted(portal, () => sync('1', items));
      expect(dataOf(result)).toMatchObject({ created: [], failed: [] });
      expect(
        dataOf(result)
          .existing.map((e) => e.key)
          .sort(),
      ).toEqual(items.map((i) => i.key).sort());
      expect(requests.filter((r) => r.path.endsWith('/batch/create'))).toHaveLength(1);
      expect(recordsOf(portal, 'p_care_next_step')).toHaveLength(items.length);
      expect(tasksIn(portal)).toEqual([]);
    } finally {
      await portal.close();
    }
  });

  it('a note: written once and the activity answered as recorded', async () => {
    const portal = await installedPortal(afterWrite500('POST', '^/crm/v3/objects/notes$'));
    try {
      const { result, requests } = await counted(portal, () =>
        invoke('record_activity', { companyId: '1', kind: 'review', note: 'Went well.' }),
      );
      expect(dataOf(result).written).toContain('care_last_review_at');
      expect(requests.filter((r) => r.path === '/crm/v3/objects/notes')).toHaveLength(1);
      expect(recordsOf(portal, 'notes')).toHaveLength(1);
    } finally {
      await portal.close();
    }
  });

  it('a note whose create failed before writing is created on the read-back', async () => {
    const portal = await installedPortal({
      faults: {
        share: 1,
        kinds: ['500'],
        match: { method: 'POST', path: '^/crm/v3/objects/notes$' },
        limit: 1,
      },
    });
    try {
      dataOf(await invoke('record_activity', { companyId: '1', kind: 'check_in' }));
      expect(recordsOf(portal, 'notes')).toHaveLength(1);
    } finally {
      await portal.close();
    }
  });

  it('a settings version: saved once, and the answer says saved', async () => {
    // The install writes a settings record too (the task types): the fault starts after it.
    const dir = mkdtempSync(path.join(tmpdir(), 'care-functions-'));
    const statePath = path.join(dir, 'state.json');
    await (await installedPortal({ statePath })).close();
    const portal = await startPortal(portalSeed, {
      statePath,
      ...afterWrite500('POST', '^/crm/v3/objects/p_care_model_settings$'),
    });
    const versions = () =>
      recordsOf(portal, 'p_care_model_settings').filter(
        (record) => record.properties.care_config_version !== '0',
      );
    try {
      const config = { carePlans: { key: { contactCadenceDays: 21 } } };
      const { result, requests } = await counted(portal, () =>
        invoke('save_settings', { config, expectedVersion: 0 }),
      );
      expect(requests.filter((r) => r.fault === 'after-write-500')).toHaveLength(1);
      expect(dataOf(result)).toMatchObject({ saved: true, version: 1 });
      expect(versions()).toHaveLength(1);
      expect(dataOf(await invoke('get_settings', {})).version).toBe(1);
    } finally {
      await portal.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rate limits inside the 10 s of a function', () => {
  async function limitedPortal(windowMs: number) {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-functions-'));
    const statePath = path.join(dir, 'state.json');
    const setup = await installedPortal({ statePath });
    await setup.close();
    const portal = await startPortal(portalSeed, { statePath, rateLimit: { burst: 2, windowMs } });
    return {
      portal,
      close: async () => {
        await portal.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }

  it('a rolling-window 429 is sent again after a second, not ten, and the call succeeds', async () => {
    const { portal, close } = await limitedPortal(800);
    try {
      const { result, requests } = await counted(portal, () =>
        invoke('classify_company', { companyId: '1' }),
      );
      expect(dataOf(result).view.classification.value.amount).toBe(48200);
      expect(requests.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(1);
      const spanMs =
        Date.parse(requests.at(-1)?.startedAt ?? '') - Date.parse(requests[0]?.startedAt ?? '');
      expect(spanMs).toBeLessThan(5000);
    } finally {
      await close();
    }
  });

  it('a 429 that outlasts the bounded wait answers rate_limited at once, not after ten seconds', async () => {
    const { portal, close } = await limitedPortal(60_000);
    try {
      const { result, requests } = await counted(portal, () =>
        invoke('classify_company', { companyId: '1' }),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
      expect(requests.filter((r) => r.status === 429)).toHaveLength(2);
      const spanMs =
        Date.parse(requests.at(-1)?.startedAt ?? '') - Date.parse(requests[0]?.startedAt ?? '');
      expect(spanMs).toBeLessThan(5000);
    } finally {
      await close();
    }
  });
});
