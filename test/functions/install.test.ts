import { defaultConfig, propertyCatalog } from '@care-model/core';
import {
  counted,
  dataOf,
  invoke,
  setNow,
  startPortal,
  tasksIn,
  type Portal,
} from './support/portal';
import { portalSeed } from './support/seeds';

const seedWithoutApp = {
  ...portalSeed,
  companies: portalSeed.companies?.filter((c) => c.id !== '2'),
};
let portal: Portal;

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await startPortal(seedWithoutApp, { appProperties: undefined });
});
afterAll(() => portal.close());

describe('install_fields', () => {
  const catalog = propertyCatalog(defaultConfig);

  it('before the install, the company functions say to install first', async () => {
    const result = await invoke('load_care_view', { companyId: '1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_installed' } });
  });

  it('plans everything on a new portal without writing (dryRun)', async () => {
    const { result, writes } = await counted(portal, () =>
      invoke('install_fields', { dryRun: true }),
    );
    const data = dataOf(result);
    expect(data.dryRun).toBe(true);
    expect(data.changes.filter((c) => c.kind === 'create_property')).toHaveLength(catalog.length);
    expect(data.changes.map((c) => c.kind)).toEqual(
      expect.arrayContaining(['create_group', 'create_schema', 'create_schema']),
    );
    expect(writes).toEqual([]);
  });

  it('creates the group, the catalog and both objects; a second run changes nothing', async () => {
    const first = dataOf(await invoke('install_fields', {}));
    expect(first.changes.length).toBe(catalog.length + 4);
    const segment = await portal.hubspot.crm.properties.coreApi.getByName(
      'companies',
      'care_segment',
    );
    expect(segment).toMatchObject({ groupName: 'care_model', type: 'enumeration' });
    expect(segment.options.map((o) => o.value)).toEqual([
      'key',
      'develop',
      'retain',
      'unidentified',
    ]);
    const schemas = await portal.hubspot.crm.schemas.coreApi.getAll();
    const version = schemas.results
      .find((s) => s.name === 'care_model_settings')
      ?.properties.find((p) => p.name === 'care_config_version');
    expect(version).toMatchObject({ hasUniqueValue: true, type: 'string' });

    const second = await counted(portal, () => invoke('install_fields', {}));
    expect(dataOf(second.result).changes).toEqual([]);
    expect(second.writes).toEqual([]);
  });

  it('repairs what differs, keeps options a portal added, and never deletes', async () => {
    await portal.hubspot.crm.properties.coreApi.update('companies', 'care_segment', {
      label: 'Renamed by an admin',
      options: [
        { label: 'Key', value: 'key', displayOrder: 0, hidden: false },
        { label: 'Strategic', value: 'strategic', displayOrder: 1, hidden: false },
      ],
    });
    const repair = dataOf(await invoke('install_fields', {}));
    expect(repair.changes).toEqual([
      expect.objectContaining({
        kind: 'update_property',
        name: 'care_segment',
        detail: expect.stringContaining('label'),
      }),
    ]);
    const segment = await portal.hubspot.crm.properties.coreApi.getByName(
      'companies',
      'care_segment',
    );
    expect(segment.label).toBe(catalog.find((p) => p.name === 'care_segment')?.label);
    expect(segment.options.map((o) => o.value)).toEqual([
      'key',
      'develop',
      'retain',
      'unidentified',
      'strategic',
    ]);
    expect(portal.sandbox.requestLog.count({ method: 'DELETE' })).toBe(0);
  });
});

describe("install_fields and the portal's task types", () => {
  it('learns the hs_task_type options; settings offer and accept only those', async () => {
    expect(dataOf(await invoke('get_settings', {})).taskTypes).toEqual(['TODO', 'CALL', 'EMAIL']);
    const taskType = portal.sandbox.store.findType('tasks')?.properties.get('hs_task_type');
    if (!taskType) throw new Error('the sandbox has no hs_task_type');
    taskType.options = taskType.options.filter((option) => option.value !== 'CALL');

    const install = dataOf(await invoke('install_fields', {}));
    expect(install.changes).toEqual([
      expect.objectContaining({ kind: 'record_task_types', detail: 'TODO, EMAIL' }),
    ]);
    const settings = dataOf(await invoke('get_settings', {}));
    expect(settings.taskTypes).toEqual(['TODO', 'EMAIL']);
    // The defaults' CALL rules run as the portal's first type.
    expect(settings.config.nextSteps['contact-due'].taskType).toBe('TODO');

    const contactByCall = {
      ...settings.config,
      nextSteps: {
        ...settings.config.nextSteps,
        'contact-due': { ...settings.config.nextSteps['contact-due'], taskType: 'CALL' },
      },
    };
    const refused = await invoke('save_settings', {
      config: contactByCall,
      expectedVersion: settings.version,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'config_invalid', field: 'nextSteps.contact-due.taskType' },
    });

    // Every task the app creates has a type the portal offers (HubSpot refuses others): an assessed
    // company is due its satisfaction check-in, a CALL by default.
    const scores = { upsell: 3, development: 3, internal: 3 };
    const view = dataOf(
      await invoke('save_assessment', { companyId: '1', scores, rationale: 'Growing' }),
    ).view;
    const keys = view.checklist.filter((i) => i.state === 'suggested').map((i) => i.key);
    expect(keys.map((key) => key.split(':')[1])).toContain('check-in-due');
    const synced = dataOf(await invoke('sync_next_steps', { companyId: '1', keys }));
    expect(synced.failed).toEqual([]);
    expect(synced.created.length).toBe(keys.length);
    const types = tasksIn(portal).map((task) => task.properties.hs_task_type);
    expect(types.filter((type) => type !== 'TODO' && type !== 'EMAIL')).toEqual([]);
    expect(dataOf(await invoke('install_fields', {})).changes).toEqual([]);
  });
});
