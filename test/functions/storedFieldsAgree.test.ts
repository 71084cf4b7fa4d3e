import { changedProperties, type KpiFields } from '@care-model/core';
import type { FunctionData, FunctionResult } from '@care-model/contract';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import {
  appScopes,
  counted,
  dataOf,
  installedPortal,
  invoke,
  setNow,
  type Portal,
} from './support/portal';

// Real HTTP to a sandbox on shared cores: each case makes a dozen function calls.
jest.setTimeout(60_000);

let portal: Portal;

/** The KPI fields whose stored value differs from what the card shows ({} when they agree). */
async function drift(companyId: string, kpi: KpiFields): Promise<KpiFields> {
  const company = await portal.hubspot.crm.companies.basicApi.getById(companyId, Object.keys(kpi));
  return changedProperties(company.properties, kpi);
}

const patches = (writes: { method: string; path: string }[]) =>
  writes.filter((w) => w.method === 'PATCH' && w.path.startsWith('/crm/v3/objects/companies/'));

let nextDeal = 0;
/** A deal closed won in HubSpot (not through the card), associated with the company. */
async function closeWonDeal(companyId: string, amount: number): Promise<void> {
  nextDeal += 1;
  await portal.hubspot.crm.deals.basicApi.create({
    properties: {
      dealname: `Deal ${nextDeal}`,
      amount: String(amount),
      closedate: '2026-10-20T00:00:00Z',
      dealstage: 'closedwon',
      pipeline: 'default',
    },
    associations: [
      {
        to: { id: companyId },
        types: [
          {
            associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
            associationTypeId: 5,
          },
        ],
      },
    ],
  });
}

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  // The test closes deals as a salesperson would; only here does the token get to write deals.
  portal = await installedPortal({ scopes: [...appScopes, 'crm.objects.deals.write'] });
});
afterAll(() => portal.close());

describe('opening the card', () => {
  it('writes the KPI fields that drifted from the live evaluation in one PATCH, within 5 calls', async () => {
    const first = await counted(portal, () => invoke('load_care_view', { companyId: '1' }));
    const { view } = dataOf(first.result);
    expect(first.requests.length).toBeLessThanOrEqual(5);
    expect(patches(first.writes)).toHaveLength(1);
    expect(first.writes).toHaveLength(1);
    expect(await drift('1', view.kpi)).toEqual({});

    const again = await counted(portal, () => invoke('load_care_view', { companyId: '1' }));
    expect(again.writes).toEqual([]);
    expect(again.requests.length).toBeLessThanOrEqual(4);
  });

  it('follows a task completed in HubSpot: the stored checklist fields match at the next open', async () => {
    const loaded = dataOf(await invoke('load_care_view', { companyId: '1' }));
    const keys = loaded.view.checklist.filter((i) => i.state === 'suggested').map((i) => i.key);
    expect(keys.length).toBeGreaterThan(0);
    const synced = dataOf(await invoke('sync_next_steps', { companyId: '1', keys }));
    const [task] = synced.created;
    if (!task) throw new Error('sync_next_steps created no task');
    const opened = dataOf(await invoke('load_care_view', { companyId: '1' }));
    expect(await drift('1', opened.view.kpi)).toEqual({});
    const before = opened.view.kpi;

    await portal.hubspot.crm.objects.tasks.basicApi.update(task.taskId, {
      properties: { hs_task_status: 'COMPLETED' },
    });
    const reopened = await counted(portal, () => invoke('load_care_view', { companyId: '1' }));
    const after = dataOf(reopened.result).view.kpi;
    expect(reopened.requests.length).toBeLessThanOrEqual(5);
    expect(Number(after.care_open_next_steps)).toBe(Number(before.care_open_next_steps) - 1);
    expect(Number(after.care_checklist_progress)).toBeGreaterThan(
      Number(before.care_checklist_progress),
    );
    const stored = await portal.hubspot.crm.companies.basicApi.getById('1', [
      'care_open_next_steps',
      'care_checklist_progress',
    ]);
    expect(stored.properties).toMatchObject({
      care_open_next_steps: after.care_open_next_steps,
      care_checklist_progress: after.care_checklist_progress,
    });
    expect(await drift('1', after)).toEqual({});

    await portal.hubspot.crm.objects.tasks.basicApi.update(task.taskId, {
      properties: { hs_task_status: 'NOT_STARTED' },
    });
    const reopenedTask = dataOf(await invoke('load_care_view', { companyId: '1' })).view.kpi;
    expect(reopenedTask.care_open_next_steps).toBe(before.care_open_next_steps);
    expect(await drift('1', reopenedTask)).toEqual({});
  });
});

describe('card actions after a deal closes', () => {
  type Answer = FunctionResult<FunctionData['classify_company']>;
  const actions: [string, number, () => Promise<Answer>][] = [
    [
      'save_assessment',
      5,
      () =>
        invoke('save_assessment', {
          companyId: '2',
          scores: { upsell: 3, development: 2, internal: 1 },
          rationale: 'A new line of business.',
        }),
    ],
    [
      'set_override',
      5,
      () => invoke('set_override', { companyId: '2', segment: 'key', reason: 'Pilot' }),
    ],
    ['clear_override', 5, () => invoke('clear_override', { companyId: '2' })],
    [
      'record_activity',
      6,
      () => invoke('record_activity', { companyId: '2', kind: 'review', note: '' }),
    ],
    ['classify_company', 5, () => invoke('classify_company', { companyId: '2' })],
  ];

  it('a stale stored value is never written back: the first action writes the value of the deals', async () => {
    // Company 2 stores €48,200 but has no deals at all.
    const data = dataOf(await invoke('classify_company', { companyId: '2' }));
    expect(data.view.classification.value.amount).not.toBe(48200);
    expect(await drift('2', data.view.kpi)).toEqual({});
  });

  it.each(actions)(
    'after %s, every stored KPI field equals what the card shows (within %i calls)',
    async (_name, budget, act) => {
      const before = dataOf(await invoke('load_care_view', { companyId: '2' }));
      const amount = before.view.classification.value.amount ?? 0;
      await closeWonDeal('2', 30_000);
      const { result, requests } = await counted(portal, act);
      const data = dataOf(result);
      expect(data.view.classification.value.amount).toBe(amount + 30_000);
      expect(data.written).toContain('care_value_amount');
      expect(requests.length).toBeLessThanOrEqual(budget);
      expect(await drift('2', data.view.kpi)).toEqual({});
      expect(data.valueClassFromRecompute).toBe(false);
    },
  );
});

describe('Pareto value classes', () => {
  it('a card action writes the live amount, keeps the stored class and says so', async () => {
    const saved = await invoke('save_settings', {
      config: { value: { classes: { mode: 'pareto' } } },
      expectedVersion: 0,
    });
    expect(dataOf(saved).saved).toBe(true);
    try {
      await portal.hubspot.crm.companies.basicApi.update('3', {
        properties: { care_value_class: '1' },
      });
      await closeWonDeal('3', 5_000);
      const data = dataOf(await invoke('classify_company', { companyId: '3' }));
      expect(data.valueClassFromRecompute).toBe(true);
      expect(data.view.classification.value).toMatchObject({ amount: 5_000, valueClass: '1' });
      expect(await drift('3', data.view.kpi)).toEqual({});
      expect(
        dataOf(await invoke('load_care_view', { companyId: '3' })).valueClassFromRecompute,
      ).toBe(true);
    } finally {
      dataOf(await invoke('save_settings', { config: {}, expectedVersion: 1 }));
    }
  });
});
