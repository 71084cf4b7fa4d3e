import type { CareViewData } from '@care-model/contract';
import { readStepKey } from '@care-model/core';
import {
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  tasksIn,
  type Portal,
} from './support/portal';

let portal: Portal;
const itemsOf = (data: CareViewData) =>
  data.view.checklist.filter((item) => item.state === 'suggested');
const syncParams = (companyId: string, items: readonly { key: string }[]) => ({
  companyId,
  keys: items.map((item) => item.key),
});
const tasksWithKey = (key: string) =>
  tasksIn(portal).filter((task) => readStepKey(task.properties.hs_task_body) === key);

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await installedPortal();
});
afterAll(() => portal.close());

describe('sync_next_steps', () => {
  it('creates one task per item in 6 calls: owner, due date, type, priority, company association; answers the fresh view', async () => {
    const items = itemsOf(dataOf(await invoke('load_care_view', { companyId: '1' })));
    expect(items.length).toBeGreaterThan(0);
    const { result, requests } = await counted(portal, () =>
      invoke('sync_next_steps', syncParams('1', items)),
    );
    const data = dataOf(result);
    expect(requests.length).toBeLessThanOrEqual(6);
    expect(data.created.map((c) => c.key).sort()).toEqual(items.map((i) => i.key).sort());
    expect(data.skipped).toEqual([]);
    // A step due only while the company has no open task leaves the fresh checklist.
    const listed = data.created.flatMap(({ key, taskId }) => {
      const item = data.view.checklist.find((i) => i.key === key);
      return item ? [{ state: item.state, taskId: item.taskId, expected: taskId }] : [];
    });
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) expect(item).toMatchObject({ state: 'open', taskId: item.expected });
    const first = items[0];
    if (!first) throw new Error('no item');
    const [task] = tasksWithKey(first.key);
    expect(task?.properties).toMatchObject({
      hubspot_owner_id: '101',
      hs_task_subject: first.title.en,
      hs_task_type: first.taskType,
      hs_task_priority: first.priority,
      hs_task_status: 'NOT_STARTED',
    });
    expect(task?.properties.hs_timestamp).toMatch(new RegExp(`^${first.dueDate}T0[67]:00:00`));
    const companies = await portal.hubspot.crm.associations.v4.basicApi.getPage(
      'tasks',
      task?.id ?? '',
      'companies',
    );
    expect(companies.results.map((r) => String(r.toObjectId))).toEqual(['1']);
  });

  it('a second sync creates nothing, in 4 calls (reads only), and a completed task marks its item done', async () => {
    const before = tasksIn(portal).length;
    const items = itemsOf(dataOf(await invoke('load_care_view', { companyId: '1' })));
    expect(items).toEqual([]);
    const all = dataOf(await invoke('load_care_view', { companyId: '1' })).view.checklist;
    const { result, requests, writes } = await counted(portal, () =>
      invoke('sync_next_steps', syncParams('1', all)),
    );
    expect(dataOf(result)).toMatchObject({ created: [], failed: [], skipped: [] });
    expect(dataOf(result).existing).toHaveLength(all.length);
    expect(dataOf(result).existing.every((e) => e.taskId !== null)).toBe(true);
    expect(requests.length).toBeLessThanOrEqual(4);
    expect(writes).toEqual([]);
    expect(tasksIn(portal)).toHaveLength(before);

    const done = all[0];
    const [task] = tasksWithKey(done?.key ?? '');
    await portal.hubspot.crm.objects.tasks.basicApi.update(task?.id ?? '', {
      properties: { hs_task_status: 'COMPLETED' },
    });
    const view = dataOf(await invoke('load_care_view', { companyId: '1' }));
    expect(view.view.checklist.find((item) => item.key === done?.key)).toMatchObject({
      state: 'done',
      taskId: task?.id,
    });
  });

  it('two concurrent syncs create exactly one task per step', async () => {
    const items = itemsOf(dataOf(await invoke('load_care_view', { companyId: '3' })));
    expect(items.length).toBeGreaterThan(0);
    const [a, b] = await Promise.all([
      invoke('sync_next_steps', syncParams('3', items)),
      invoke('sync_next_steps', syncParams('3', items)),
    ]);
    expect(dataOf(a).created.length + dataOf(b).created.length).toBe(items.length);
    for (const item of items) expect(tasksWithKey(item.key)).toHaveLength(1);
  });

  it('takes 100 keys in one call: creates the due steps, skips keys that are no due step', async () => {
    const items = itemsOf(dataOf(await invoke('load_care_view', { companyId: '2' })));
    expect(items.length).toBeGreaterThan(0);
    const unknown = Array.from({ length: 100 - items.length }, (_, n) => `2:contact-due:bulk-${n}`);
    const { result, requests } = await counted(portal, () =>
      invoke('sync_next_steps', {
        companyId: '2',
        keys: [...items.map((item) => item.key), ...unknown],
      }),
    );
    expect(
      dataOf(result)
        .created.map((c) => c.key)
        .sort(),
    ).toEqual(items.map((item) => item.key).sort());
    expect(dataOf(result).skipped).toEqual(unknown);
    for (const key of unknown) expect(tasksWithKey(key)).toEqual([]);
    expect(requests.length).toBeLessThanOrEqual(6);
  });

  it.each([
    [{ companyId: '1', keys: [] }, 'keys'],
    [{ companyId: '1', keys: 'all' }, 'keys'],
    [{ companyId: '1', keys: ['1:contact-due'] }, 'keys.0'],
    [{ companyId: '1', keys: ['1:no-such-rule:2026-11'] }, 'keys.0'],
    [{ companyId: 1, keys: [] }, 'companyId'],
    [{ companyId: '1', keys: ['1:classify:x'], extra: true }, 'extra'],
  ])('refuses invalid parameters %#, naming %s, without a request', async (parameters, field) => {
    const { result, requests } = await counted(portal, () => invoke('sync_next_steps', parameters));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(requests).toEqual([]);
  });

  it("refuses another company's step and a missing company, writing nothing", async () => {
    const items = dataOf(await invoke('load_care_view', { companyId: '2' })).view.checklist.slice(
      0,
      1,
    );
    expect(items).toHaveLength(1);
    const other = await counted(portal, () => invoke('sync_next_steps', syncParams('3', items)));
    expect(other.result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'keys.0' },
    });
    expect(other.requests).toEqual([]);
    const moved = items.map((item) => ({ ...item, key: item.key.replace(/^2:/, '999:') }));
    const missing = await counted(portal, () =>
      invoke('sync_next_steps', syncParams('999', moved)),
    );
    expect(missing.result).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'companyId' },
    });
    expect(missing.writes).toEqual([]);
  });
});
