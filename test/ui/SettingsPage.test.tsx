import {
  Alert,
  Button,
  ErrorState,
  Input,
  LoadingButton,
  LoadingSpinner,
  Select,
} from '@hubspot/ui-extensions';
import { defaultConfig } from '@care-model/core';
import { fail, ok, type SettingsData } from '@care-model/contract';
import { SettingsPage } from '@care-model/ui';
import { fakeCaller, pending } from './fixtures';
import { eventually, fire, renderWith } from './render';

const settings = (patch: Partial<SettingsData> = {}): SettingsData => ({
  version: 3,
  savedAt: '2026-10-01T09:00:00Z',
  savedBy: 'admin@example.com',
  config: defaultConfig,
  history: [
    { version: 3, savedAt: '2026-10-01T09:00:00Z', savedBy: 'admin@example.com' },
    { version: 2, savedAt: '2026-09-01T09:00:00Z', savedBy: 'other@example.com' },
  ],
  taskTypes: ['TODO', 'CALL', 'EMAIL'],
  ...patch,
});

const impact = {
  companiesRead: 120,
  companiesChanging: 37,
  transitions: [{ from: 'develop' as const, to: 'key' as const, count: 37 }],
};
const button = (text: string) => (b: { text: string | null }) => b.text === text;

function page(handlers: Parameters<typeof fakeCaller>[0] = {}, locale?: string) {
  const fake = fakeCaller({ get_settings: () => ok(settings()), ...handlers });
  return { ...renderWith('settings', fake.caller, <SettingsPage />, locale), fake };
}

describe('settings page', () => {
  it('loads, fails readably and retries', async () => {
    expect(page({ get_settings: pending }).find(LoadingSpinner).props.label).toBe(
      'Loading the settings…',
    );
    let attempt = 0;
    const { find, waitFor, text, fake } = page({
      get_settings: () =>
        ++attempt === 1
          ? fail({ code: 'not_installed', message: 'No settings object.' })
          : ok(settings()),
    });
    await waitFor(() => expect(find(ErrorState)).toBeTruthy());
    expect(text()).toContain('No settings object.');
    fire(find(Button, button('Try again')), 'onClick');
    await waitFor(() => expect(text()).toContain('Version 3'));
    expect(fake.callsTo('get_settings')[0]?.parameters).toEqual({ includeHistory: true });
  });

  it('shows the whole config as a form, and the version history', async () => {
    const { find, findAll, waitFor, text } = page();
    await waitFor(() => expect(text()).toContain('Version 3'));
    expect(find(Select, { name: 'value.source.mode' }).props.value).toBe('deals');
    expect(find(Input, { name: 'value.source.windowDays' }).props.value).toBe('365');
    expect(find(Input, { name: 'value.classes.class1Min' }).props.value).toBe('100000');
    expect(find(Input, { name: 'potential.factors.0.rubric.en.3' }).props.value).toBe(
      'Large whitespace, needs confirmed',
    );
    expect(find(Input, { name: 'potential.bands.lowMax' }).props.value).toBe('2');
    expect(find(Select, { name: 'matrix.1.high' }).props.value).toBe('key');
    expect(find(Input, { name: 'carePlans.key.contactCadenceDays' }).props.value).toBe('30');
    expect(find(Input, { name: 'carePlans.unidentified.contactCadenceDays' }).props.value).toBe('');
    expect(find(Select, { name: 'nextSteps.contact-due.taskType' }).props.value).toBe('CALL');
    expect(find(Input, { name: 'labels.segments.key.fi' }).props.value).toBe('Avainasiakas');
    expect(findAll(Input).length).toBeGreaterThan(40);
    expect(text()).toContain('other@example.com');
  });

  it("offers only the portal's task types, and flags a rule whose type the portal lacks", async () => {
    const { find, waitFor, text } = page({
      get_settings: () => ok(settings({ taskTypes: ['TODO', 'EMAIL'] })),
    });
    await waitFor(() => expect(text()).toContain('Version 3'));
    const select = find(Select, { name: 'nextSteps.classify.taskType' });
    expect(select.props.options.map((option) => option.value)).toEqual(['TODO', 'EMAIL']);
    const contact = find(Select, { name: 'nextSteps.contact-due.taskType' });
    expect(contact.props.validationMessage).toContain('no task type CALL');
    expect(find(LoadingButton, button('Preview impact')).props.disabled).toBe(true);
    fire(contact, 'onChange', 'EMAIL');
    fire(find(Select, { name: 'nextSteps.check-in-due.taskType' }), 'onChange', 'TODO');
    fire(find(Select, { name: 'nextSteps.at-risk.taskType' }), 'onChange', 'TODO');
    expect(text()).not.toContain('no task type');
    expect(find(LoadingButton, button('Preview impact')).props.disabled).toBe(false);
  });

  it("switches the value source and class mode with the core schema's defaults", async () => {
    const { find, waitFor, text } = page();
    await waitFor(() => expect(text()).toContain('Version 3'));
    fire(find(Select, { name: 'value.classes.mode' }), 'onChange', 'pareto');
    await waitFor(() =>
      expect(find(Input, { name: 'value.classes.aShare' }).props.value).toBe('0.65'),
    );
    expect(find(Input, { name: 'value.classes.cShareOfCount' }).props.value).toBe('0.8');
    fire(find(Select, { name: 'value.source.mode' }), 'onChange', 'property');
    await waitFor(() =>
      expect(find(Input, { name: 'value.source.property' }).props.value).toBe('annualrevenue'),
    );
    fire(find(Select, { name: 'value.source.mode' }), 'onChange', 'deals');
    await waitFor(() =>
      expect(find(Input, { name: 'value.source.windowDays' }).props.value).toBe('365'),
    );
  });

  it('shows field-level errors from the core schema and blocks preview and save', async () => {
    const { find, waitFor, text } = page();
    await waitFor(() => expect(text()).toContain('Version 3'));
    fire(find(Input, { name: 'value.classes.class1Min' }), 'onChange', '10000');
    await waitFor(() =>
      expect(find(Input, { name: 'value.classes.class1Min' }).props.validationMessage).toBe(
        'The class 1 threshold must be above the class 2 threshold.',
      ),
    );
    fire(find(Input, { name: 'labels.segments.key.fi' }), 'onChange', '');
    await waitFor(() =>
      expect(find(Input, { name: 'labels.segments.key.fi' }).props.error).toBe(true),
    );
    expect(find(Alert, { title: '2 fields need attention before saving' })).toBeTruthy();
    expect(find(LoadingButton, button('Preview impact')).props.disabled).toBe(true);
    expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(true);
  });

  it('edits the scope and the per-owner task cap, with field errors', async () => {
    const { find, waitFor, text } = page();
    await waitFor(() => expect(text()).toContain('Version 3'));
    expect(find(Input, { name: 'scope.lifecycleStages' }).props.value).toBe('customer, evangelist');
    expect(find(Input, { name: 'tasks.newPerOwnerPerRun' }).props.value).toBe('25');
    fire(find(Input, { name: 'scope.recentDealMonths' }), 'onChange', '0');
    fire(find(Input, { name: 'tasks.newPerOwnerPerRun' }), 'onChange', 'many');
    await waitFor(() =>
      expect(find(Input, { name: 'scope.recentDealMonths' }).props.validationMessage).toBe(
        'The recent-deal window must be at least 1.',
      ),
    );
    expect(find(Input, { name: 'tasks.newPerOwnerPerRun' }).props.validationMessage).toBe(
      'New tasks per owner per run must be a number.',
    );
    expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(true);
  });

  it('previews the impact before saving, then saves and reloads', async () => {
    let version = 3;
    const { find, waitFor, text, fake, mocks } = page({
      get_settings: () => ok(settings({ version })),
      save_settings: (p) => {
        if (p.previewOnly) return ok({ saved: false, version: 3, impact });
        version = 4;
        return ok({ saved: true, version: 4, impact });
      },
    });
    await waitFor(() => expect(text()).toContain('Version 3'));
    fire(find(Input, { name: 'value.classes.class1Min' }), 'onChange', '80000');
    await waitFor(() =>
      expect(find(Input, { name: 'value.classes.class1Min' }).props.value).toBe('80000'),
    );
    expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(true);
    fire(find(LoadingButton, button('Preview impact')), 'onClick');
    await waitFor(() => expect(text()).toContain('37 of 120 companies would change segment.'));
    expect(text()).toContain('Develop → Key: 37');
    const preview = fake.callsTo('save_settings')[0]?.parameters;
    expect(preview).toMatchObject({ expectedVersion: 3, previewOnly: true });
    expect(preview?.config).toMatchObject({
      value: { classes: { mode: 'bands', class1Min: 80000 } },
    });
    fire(find(LoadingButton, button('Save settings')), 'onClick');
    await waitFor(() => expect(text()).toContain('Version 4'));
    expect(fake.callsTo('save_settings')[1]?.parameters).toMatchObject({
      previewOnly: false,
      expectedVersion: 3,
      timeZone: 'America/New_York',
    });
    expect(mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({
      type: 'success',
      message: 'Settings saved as version 4.',
    });
  });

  it('needs a new preview after another edit', async () => {
    const { find, waitFor, text } = page({
      save_settings: () => ok({ saved: false, version: 3, impact }),
    });
    await waitFor(() => expect(text()).toContain('Version 3'));
    fire(find(LoadingButton, button('Preview impact')), 'onClick');
    await waitFor(() =>
      expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(false),
    );
    fire(find(Input, { name: 'value.currency' }), 'onChange', 'SEK');
    await waitFor(() =>
      expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(true),
    );
  });

  it('shows a conflict on save clearly and offers a reload', async () => {
    const { find, waitFor, fake } = page({
      save_settings: (p) =>
        p.previewOnly
          ? ok({ saved: false, version: 3, impact })
          : fail({ code: 'conflict', message: 'Version 4 already exists.' }),
    });
    await waitFor(() => expect(find(LoadingButton, button('Preview impact'))).toBeTruthy());
    fire(find(LoadingButton, button('Preview impact')), 'onClick');
    await waitFor(() =>
      expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(false),
    );
    fire(find(LoadingButton, button('Save settings')), 'onClick');
    await waitFor(() => expect(find(Alert, { title: 'Someone else saved first' })).toBeTruthy());
    expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(true);
    fire(find(Button, button('Reload settings')), 'onClick');
    await eventually(() => expect(fake.callsTo('get_settings')).toHaveLength(2));
  });

  it('shows the issues the function rejects a config with', async () => {
    const { find, waitFor } = page({
      save_settings: () =>
        fail({
          code: 'config_invalid',
          message: 'The config is not valid.',
          issues: [{ path: 'value.currency', message: 'Unknown currency.' }],
        }),
    });
    await waitFor(() => expect(find(LoadingButton, button('Preview impact'))).toBeTruthy());
    fire(find(LoadingButton, button('Preview impact')), 'onClick');
    await waitFor(() =>
      expect(find(Input, { name: 'value.currency' }).props.validationMessage).toBe(
        'Unknown currency.',
      ),
    );
  });

  it('installs fields only after showing the dry run', async () => {
    const changes = [
      { kind: 'create_group' as const, objectType: 'companies', name: 'care_model' },
      {
        kind: 'update_property' as const,
        objectType: 'companies',
        name: 'care_segment',
        detail: 'options: + key',
      },
    ];
    const { find, maybeFind, waitFor, text, fake, mocks } = page({
      install_fields: (p) => ok({ dryRun: p.dryRun === true, changes }),
    });
    await waitFor(() =>
      expect(find(LoadingButton, button('Check what would change'))).toBeTruthy(),
    );
    expect(maybeFind(LoadingButton, button('Apply 2 changes'))).toBeNull();
    fire(find(LoadingButton, button('Check what would change')), 'onClick');
    await waitFor(() =>
      expect(text()).toContain('Update property: companies / care_segment (options: + key)'),
    );
    fire(find(LoadingButton, button('Apply 2 changes')), 'onClick');
    await eventually(() => expect(mocks.actions.addAlert.calls).toHaveLength(1));
    expect(fake.callsTo('install_fields').map((c) => c.parameters)).toEqual([
      { dryRun: true },
      { dryRun: false },
    ]);
    expect(mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({ message: '2 changes applied.' });
  });

  it('speaks Finnish', async () => {
    const { waitFor, text } = page({}, 'fi');
    await waitFor(() => expect(text()).toContain('Esikatsele vaikutus'));
    expect(text()).toContain('Asiakkuusmallin asetukset');
    expect(text()).toContain('Versio 3');
  });
});
