import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssociationTypes, Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import {
  defaultConfig,
  parseConfig,
  parseStepKey,
  propertyCatalog,
  readClosedReason,
  readStepKey,
} from '@care-model/core';
import { cliClient, runRecompute } from '@care-model/cli';
import { applyInstall, planInstall, saveSettingsVersion } from '@care-model/hubspot';
import { createSandbox, generateDemoSeed, type Sandbox } from '@care-model/sandbox';
import { stateDir } from './cliHarness';

// Three monthly recomputes of a 60-company portal over HTTP, with people's changes in between.
jest.setTimeout(240_000);

const months = ['2026-11-02T09:00:00Z', '2026-12-02T09:00:00Z', '2027-01-04T09:00:00Z'].map(
  (iso) => new Date(iso),
);
const cap = 4;

describe('three months of recompute --sync-tasks: scope and task hygiene', () => {
  let sandbox: Sandbox;
  let client: Client;
  // The sandbox stamps createdate/hs_lastmodifieddate from this fake clock, never the real one.
  let clock = months[0] ?? new Date();
  const advance = (minutes: number) => {
    clock = new Date(clock.getTime() + minutes * 60_000);
  };

  beforeAll(async () => {
    const seed = generateDemoSeed({ now: clock, companies: 60, appValues: true });
    const statePath = join(mkdtempSync(join(tmpdir(), 'care-months-')), 'state.json');
    sandbox = await createSandbox({
      seed,
      appProperties: propertyCatalog(defaultConfig),
      statePath,
      clock: () => clock,
    });
    client = new Client({ accessToken: 'test', basePath: sandbox.url });
    await applyInstall(client, await planInstall(client, defaultConfig));
    const parsed = parseConfig({ tasks: { newPerOwnerPerRun: cap } });
    if (!parsed.ok) throw new Error('the test config is invalid');
    const { config } = parsed;
    await saveSettingsVersion(client, {
      version: 1,
      config,
      timeZone: 'Europe/Helsinki',
      savedBy: 'test',
      savedAt: clock,
    });
  });
  afterAll(() => sandbox.close());

  const records = (type: string) => [...(sandbox.store.findType(type)?.records.values() ?? [])];
  const company = (id: string) => records('companies').find((c) => c.id === id);
  const appTasksOf = (companyId: string) =>
    records('tasks').filter(
      (t) =>
        !t.archived &&
        parseStepKey(readStepKey(t.properties.hs_task_body) ?? '')?.companyId === companyId,
    );
  const openAppTask = (companyId: string, rule: string) =>
    appTasksOf(companyId).find(
      (t) =>
        t.properties.hs_task_status !== 'COMPLETED' &&
        readStepKey(t.properties.hs_task_body)?.includes(`:${rule}:`),
    );

  async function recompute(now: Date) {
    advance(60);
    const cli = cliClient(
      { baseUrl: sandbox.url, token: 'test' },
      { ratePer10s: 100_000, timeoutMs: 20_000 },
    );
    const run = await runRecompute(cli, {
      now,
      dryRun: false,
      syncTasks: true,
      resume: false,
      stateDir: stateDir(),
    });
    advance(60);
    return run;
  }

  async function newCompany(properties: Record<string, string>, dealClosedAt?: string) {
    const created = await client.crm.companies.basicApi.create({ properties, associations: [] });
    if (dealClosedAt)
      await client.crm.deals.basicApi.create({
        properties: {
          dealname: 'Old order',
          amount: '90000',
          closedate: dealClosedAt,
          dealstage: 'closedwon',
          pipeline: 'default',
        },
        associations: [
          {
            to: { id: created.id },
            types: [
              {
                associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
                associationTypeId: AssociationTypes.dealToCompany,
              },
            ],
          },
        ],
      });
    return created.id;
  }

  const noDoubleOpenTasks = () => {
    const open = records('tasks')
      .filter((t) => !t.archived && t.properties.hs_task_status !== 'COMPLETED')
      .flatMap((t) => {
        const parts = parseStepKey(readStepKey(t.properties.hs_task_body) ?? '');
        return parts ? [`${parts.companyId}:${parts.rule}`] : [];
      });
    expect(open.filter((pair, i) => open.indexOf(pair) !== i)).toEqual([]);
  };

  it('keeps the portfolio true month by month', async () => {
    const update = (id: string, properties: Record<string, string>) =>
      client.crm.companies.basicApi.update(id, { properties });
    const prospect = await newCompany({
      name: 'Prospect Oy',
      lifecyclestage: 'lead',
      hubspot_owner_id: '101',
    });
    const lapsed = await newCompany(
      { name: 'Lapsed Oy', lifecyclestage: 'other', hubspot_owner_id: '101' },
      '2024-03-01T10:00:00Z',
    );
    const ownerless = await newCompany({
      name: 'Ownerless Oy',
      lifecyclestage: 'customer',
      industry: 'COMPUTER_SOFTWARE',
      annualrevenue: '900000',
    });
    const touched = await newCompany({
      name: 'Touched Oy',
      lifecyclestage: 'customer',
      industry: 'COMPUTER_SOFTWARE',
      annualrevenue: '900000',
    });
    const leaving = await newCompany({
      name: 'Leaving Oy',
      lifecyclestage: 'customer',
      hubspot_owner_id: '102',
    });

    // Month 1: the first sync.
    const first = await recompute(months[0] as Date);
    expect(first.tasksPerOwner.every(([, count]) => count <= cap)).toBe(true);
    expect(first.tasksHeldBack).toBeGreaterThan(0);
    for (const id of [prospect, lapsed]) {
      expect(appTasksOf(id)).toEqual([]);
      expect(company(id)?.properties.care_segment ?? '').toBe('');
    }
    noDoubleOpenTasks();
    // The cap holds the rest back; further runs of the same day let them through, oldest due first.
    for (let run = 0; run < 15 && (await recompute(months[0] as Date)).tasksHeldBack > 0; run += 1);
    for (const id of [ownerless, touched]) expect(openAppTask(id, 'assign-owner')).toBeDefined();
    expect(openAppTask(leaving, 'classify')).toBeDefined();
    noDoubleOpenTasks();

    // Between months: owners assigned (one task touched first), a prospect wins a deal, a customer lapses.
    const touchedTask = openAppTask(touched, 'assign-owner');
    await client.crm.objects.tasks.basicApi.update(touchedTask?.id ?? '', {
      properties: {
        hs_task_body: `${touchedTask?.properties.hs_task_body ?? ''}\nAsked the team lead.`,
      },
    });
    advance(24 * 60);
    await update(ownerless, { hubspot_owner_id: '103' });
    await update(touched, { hubspot_owner_id: '103' });
    await update(leaving, { lifecyclestage: 'other' });
    await update(prospect, { lifecyclestage: 'customer' });
    const contactTask = records('tasks').find(
      (t) =>
        t.properties.hs_task_status !== 'COMPLETED' &&
        readStepKey(t.properties.hs_task_body)?.includes(':contact-due:'),
    );
    await client.crm.objects.tasks.basicApi.update(contactTask?.id ?? '', {
      properties: { hs_task_status: 'COMPLETED' },
    });

    // Month 2.
    const second = await recompute(months[1] as Date);
    const ownerTask = appTasksOf(ownerless).find((t) =>
      readStepKey(t.properties.hs_task_body)?.includes(':assign-owner:'),
    );
    expect(ownerTask?.properties.hs_task_status).toBe('COMPLETED');
    expect(ownerTask?.properties.hs_task_body).toMatch(
      /^Closed by the care model: the company now has an owner\./,
    );
    expect(readClosedReason(ownerTask?.properties.hs_task_body)).toBe('owner-assigned');
    // The task a person touched is never changed.
    const stillTouched = records('tasks').find((t) => t.id === touchedTask?.id);
    expect(stillTouched?.properties.hs_task_status).toBe('NOT_STARTED');
    expect(stillTouched?.properties.hs_task_body).toMatch(/Asked the team lead\.$/);
    // The lapsed customer: no segment, its untouched tasks closed as out of scope.
    expect(company(leaving)?.properties.care_segment ?? '').toBe('');
    expect(
      appTasksOf(leaving).map((t) => readClosedReason(t.properties.hs_task_body)),
    ).not.toContain(null);
    expect(appTasksOf(leaving).every((t) => t.properties.hs_task_status === 'COMPLETED')).toBe(
      true,
    );
    // The person's completed contact task is a person's done, not the app's.
    expect(
      readClosedReason(
        records('tasks').find((t) => t.id === contactTask?.id)?.properties.hs_task_body,
      ),
    ).toBeNull();
    expect(second.tasksClosed).toBeGreaterThan(0);
    expect(company(prospect)?.properties.care_segment).toBe('unidentified');
    expect(company(lapsed)?.properties.care_segment ?? '').toBe('');
    noDoubleOpenTasks();

    // Month 3: nobody did anything; still one open task per rule (coverage without the reminder: kpiFields.test).
    await recompute(months[2] as Date);
    for (let run = 0; run < 15 && (await recompute(months[2] as Date)).tasksHeldBack > 0; run += 1);
    noDoubleOpenTasks();
    expect(appTasksOf(lapsed)).toEqual([]);
  });
});
