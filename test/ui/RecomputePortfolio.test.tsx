import { Alert, Button, Checkbox, Input, LoadingButton, ProgressBar } from '@hubspot/ui-extensions';
import { defaultConfig } from '@care-model/core';
import { ok, type FunctionData, type RecomputeRun, type SettingsData } from '@care-model/contract';
import { SettingsPage } from '@care-model/ui';
import { fakeCaller } from './fixtures';
import { fire, renderWith } from './render';

type Answer = FunctionData['recompute_portfolio'];

const settings: SettingsData = {
  version: 3,
  savedAt: '2026-10-01T09:00:00Z',
  savedBy: 'admin@example.com',
  config: defaultConfig,
  history: [],
  taskTypes: ['TODO', 'CALL', 'EMAIL'],
};

const run = (patch: Partial<RecomputeRun> = {}): RecomputeRun => ({
  run: 1,
  configVersion: 3,
  phase: 'companies',
  syncTasks: false,
  total: 250,
  pagesDone: 1,
  pagesTotal: 4,
  steps: 1,
  elapsedMs: 3000,
  evaluated: 100,
  changed: 20,
  segments: { key: 10, develop: 30, retain: 50, unidentified: 10 },
  tasksCreated: 0,
  tasksClosed: 0,
  tasksHeldBack: 0,
  startedAt: '2026-11-02T09:00:00Z',
  finishedAt: null,
  snapshot: null,
  ...patch,
});

const finished = (patch: Partial<RecomputeRun> = {}) =>
  run({
    phase: 'done',
    pagesDone: 4,
    steps: 3,
    evaluated: 250,
    changed: 41,
    finishedAt: '2026-11-02T09:00:20Z',
    snapshot: 'saved',
    ...patch,
  });

/** Answers each call with the next answer of the list (the last one repeats). */
function answers(list: Answer[]) {
  let next = 0;
  return () => ok(list[Math.min(next++, list.length - 1)] as Answer);
}

const button = (text: string) => (b: { text: string | null }) => b.text === text;
const slow = { timeoutInMs: 4000 };

function page(recompute: (p: Record<string, unknown>) => unknown) {
  const fake = fakeCaller({
    get_settings: () => ok(settings),
    recompute_portfolio: recompute as never,
    save_settings: (p) =>
      ok({
        saved: !p.previewOnly,
        version: p.previewOnly ? 3 : 4,
        impact: {
          companiesRead: 250,
          companiesChanging: 12,
          transitions: [{ from: 'develop' as const, to: 'key' as const, count: 12 }],
        },
      }),
  });
  return { ...renderWith('settings', fake.caller, <SettingsPage />), fake };
}

describe('settings page: recompute portfolio (decision 0018)', () => {
  it('asks for the admin key before anything runs', async () => {
    const { find, waitFor, text, fake } = page(
      answers([{ run: null, busy: false, secondsLeft: null }]),
    );
    await waitFor(() => expect(text()).toContain('Version 3'));
    expect(find(LoadingButton, button('Recompute portfolio')).props.disabled).toBe(true);
    expect(text()).toContain('Enter the admin key above to recompute');
    expect(fake.callsTo('recompute_portfolio')).toEqual([]);
  });

  it('starts with tasks, shows progress and time left, steps until done and shows the result', async () => {
    const { find, waitFor, text, fake } = page(
      answers([
        { run: null, busy: false, secondsLeft: null },
        { run: run({ syncTasks: true }), busy: false, secondsLeft: 9 },
        {
          run: run({ syncTasks: true, pagesDone: 2, evaluated: 200 }),
          busy: false,
          secondsLeft: 6,
        },
        {
          run: finished({ syncTasks: true, tasksCreated: 30, tasksClosed: 2 }),
          busy: false,
          secondsLeft: 0,
        },
      ]),
    );
    fire(find(Input, { name: 'adminKey' }), 'onChange', 'the-admin-key-123');
    await waitFor(() => expect(fake.callsTo('recompute_portfolio')).toHaveLength(1), slow);
    fire(find(Checkbox, { name: 'recomputeSyncTasks' }), 'onChange', true);
    await waitFor(() =>
      expect(find(Checkbox, { name: 'recomputeSyncTasks' }).props.checked).toBe(true),
    );
    fire(find(LoadingButton, button('Recompute portfolio')), 'onClick');
    await waitFor(() => expect(text()).toContain('250 companies evaluated, 41 changed.'), slow);
    expect(text()).toContain('30 tasks created, 2 closed.');
    expect(text()).toContain('The home page now shows these figures.');
    const bar = find(ProgressBar, { testId: 'recomputeProgress' });
    expect([bar.props.value, bar.props.maxValue, bar.props.variant]).toEqual([4, 4, 'success']);
    expect(fake.callsTo('recompute_portfolio').map((c) => c.parameters)).toEqual([
      { action: 'status', adminKey: 'the-admin-key-123' },
      { action: 'start', adminKey: 'the-admin-key-123', syncTasks: true },
      { action: 'step', adminKey: 'the-admin-key-123', syncTasks: true },
      { action: 'step', adminKey: 'the-admin-key-123', syncTasks: true },
    ]);
  });

  it('coming back to a run under way continues it, with the time left', async () => {
    const { find, waitFor, text } = page(
      answers([
        { run: run({ pagesDone: 2 }), busy: false, secondsLeft: 130 },
        { run: run({ pagesDone: 3 }), busy: false, secondsLeft: 70 },
        { run: finished(), busy: false, secondsLeft: 0 },
      ]),
    );
    fire(find(Input, { name: 'adminKey' }), 'onChange', 'the-admin-key-123');
    await waitFor(() => expect(text()).toContain('Recompute 1 is under way; continuing.'), slow);
    expect(find(ProgressBar, { testId: 'recomputeProgress' }).props.valueDescription).toMatch(
      /^Evaluating companies · (50|75) % · about (2|1) minutes? left$/,
    );
    await waitFor(() => expect(text()).toContain('250 companies evaluated, 41 changed.'), slow);
  });

  it('offers to recompute after saving settings that change segments', async () => {
    const { find, waitFor, text, fake } = page(
      answers([
        { run: finished(), busy: false, secondsLeft: 0 },
        { run: finished({ run: 2 }), busy: false, secondsLeft: 0 },
      ]),
    );
    fire(find(Input, { name: 'adminKey' }), 'onChange', 'the-admin-key-123');
    await waitFor(() => expect(text()).toContain('Version 3'));
    fire(find(LoadingButton, button('Preview impact')), 'onClick');
    await waitFor(() =>
      expect(find(LoadingButton, button('Save settings')).props.disabled).toBe(false),
    );
    fire(find(LoadingButton, button('Save settings')), 'onClick');
    await waitFor(() => expect(find(Alert, { title: 'Recompute portfolio' })).toBeTruthy(), slow);
    expect(text()).toContain('These settings change segments. Recompute the portfolio now?');
    await waitFor(
      () => expect(fake.callsTo('recompute_portfolio').length).toBeGreaterThan(0),
      slow,
    );
    fire(find(Button, button('Recompute now')), 'onClick');
    await waitFor(
      () =>
        expect(fake.callsTo('recompute_portfolio').map((c) => c.parameters.action)).toContain(
          'start',
        ),
      slow,
    );
    // Taken: the offer is gone once the run is done.
    await waitFor(() =>
      expect(find(LoadingButton, button('Recompute portfolio')).props.loading).toBe(false),
    );
    expect(text()).not.toContain('Recompute the portfolio now?');
  });
});
