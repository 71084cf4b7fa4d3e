import { readStepKey } from '@care-model/core';
import {
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  startPortal,
  tasksIn,
  testToken,
  type Portal,
} from './support/portal';
import { portalSeed } from './support/seeds';

const syncItems = async (companyId: string) =>
  dataOf(await invoke('load_care_view', { companyId })).view.checklist;
const sync = (companyId: string, items: Awaited<ReturnType<typeof syncItems>>) =>
  invoke('sync_next_steps', { companyId, keys: items.map((item) => item.key) });
const keysOfTasks = (portal: Portal) =>
  tasksIn(portal).map((t) => readStepKey(t.properties.hs_task_body));

beforeEach(() => setNow('2026-11-02T10:00:00Z'));

describe('HubSpot failures', () => {
  it('a 5xx on every attempt gives a readable hubspot_error after the SDK retries', async () => {
    const portal = await startPortal(portalSeed, { faults: { share: 1, kinds: ['503'] } });
    try {
      const { result, requests } = await counted(portal, () =>
        invoke('load_care_view', { companyId: '1' }),
      );
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'hubspot_error',
          message:
            'HubSpot is not answering properly (503, SERVICE_UNAVAILABLE); try again in a minute.',
        },
      });
      expect(requests).toHaveLength(3);
    } finally {
      await portal.close();
    }
  });

  it('a refused token gives an error without the token or HubSpot’s body', async () => {
    const portal = await startPortal(portalSeed, { acceptTokens: ['another-token'] });
    try {
      const result = await invoke('load_care_view', { companyId: '1' });
      expect(result).toMatchObject({ ok: false, error: { code: 'hubspot_error' } });
      const text = JSON.stringify(result);
      expect(text).not.toContain(testToken);
      expect(text).not.toMatch(/Bearer|Authentication credentials|correlationId/);
    } finally {
      await portal.close();
    }
  });

  it('a 207 on the task batch reports the refused items one by one, and a retry creates just those', async () => {
    const portal = await installedPortal({
      faults: {
        share: 1,
        kinds: ['batch-partial'],
        match: { method: 'POST', path: '^/crm/v3/objects/tasks/batch/create$' },
        limit: 1,
      },
    });
    try {
      const items = await syncItems('1');
      expect(items.length).toBeGreaterThanOrEqual(2);
      const first = dataOf(await sync('1', items));
      expect(first.created.length).toBe(Math.ceil(items.length / 2));
      expect(first.failed.map((f) => f.key).sort()).toEqual(
        items
          .slice(Math.ceil(items.length / 2))
          .map((i) => i.key)
          .sort(),
      );
      const second = dataOf(await sync('1', items));
      // The retry creates the refused steps that are still due (one is due only without an open task).
      expect([...second.created.map((c) => c.key), ...second.skipped].sort()).toEqual(
        first.failed.map((f) => f.key).sort(),
      );
      expect(second.existing).toHaveLength(first.created.length);
      expect(keysOfTasks(portal).sort()).toEqual(
        [...first.created, ...second.created].map((c) => c.key).sort(),
      );
    } finally {
      await portal.close();
    }
  });

  it('after a timeout on the task create (written, answer lost) retries make no duplicate', async () => {
    const portal = await installedPortal({
      faults: {
        share: 1,
        kinds: ['after-write-timeout'],
        match: { method: 'POST', path: '^/crm/v3/objects/tasks/batch/create$' },
        limit: 1,
      },
    });
    try {
      const items = await syncItems('1');
      // The answer was lost; the company's tasks, read back, show they were created.
      const lost = dataOf(await sync('1', items));
      expect(lost.created.map((c) => c.key).sort()).toEqual(items.map((i) => i.key).sort());
      expect(keysOfTasks(portal).sort()).toEqual(items.map((i) => i.key).sort());

      const retry = await counted(portal, () => sync('1', items));
      expect(dataOf(retry.result)).toMatchObject({ created: [], failed: [] });
      expect(retry.requests.length).toBeLessThanOrEqual(4);

      setNow('2026-11-02T10:05:00Z');
      const afterLease = dataOf(await sync('1', items));
      expect(afterLease).toMatchObject({ created: [], failed: [] });
      expect(afterLease.existing).toHaveLength(items.length);
      expect(afterLease.existing.every((e) => e.taskId !== null)).toBe(true);
      expect(keysOfTasks(portal)).toHaveLength(items.length);
    } finally {
      await portal.close();
    }
  }, 20000);

  it('after a timeout on the claims (claimed, no task yet) the step is created once the lease is over', async () => {
    const portal = await installedPortal({
      faults: {
        share: 1,
        kinds: ['after-write-timeout'],
        match: { method: 'POST', path: '^/crm/v3/objects/p_care_next_step/batch/create$' },
        limit: 1,
      },
    });
    try {
      const items = await syncItems('1');
      // The claims, read back, are held: no task now, none twice.
      expect(dataOf(await sync('1', items))).toMatchObject({ created: [], failed: [] });
      expect(keysOfTasks(portal)).toEqual([]);
      const within = dataOf(await sync('1', items));
      expect(within).toMatchObject({ created: [], failed: [] });
      expect(within.existing.map((e) => e.taskId)).toEqual(items.map(() => null));

      setNow('2026-11-02T10:05:00Z');
      const afterLease = dataOf(await sync('1', items));
      expect(afterLease.created.map((c) => c.key).sort()).toEqual(items.map((i) => i.key).sort());
      expect(keysOfTasks(portal).sort()).toEqual(items.map((i) => i.key).sort());
    } finally {
      await portal.close();
    }
  }, 20000);
});
