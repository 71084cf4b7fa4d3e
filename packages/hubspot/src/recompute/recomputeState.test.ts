import { Client } from '@hubspot/api-client';
import { FunctionFailure } from '../client/toFunctionError';
import { recomputeRunProperty, saveRun, storedRun, type RecomputeState } from './recomputeState';

const state: RecomputeState = {
  run: 2,
  configVersion: 3,
  phase: 'values',
  syncTasks: false,
  total: 9000,
  pagesDone: 80,
  pagesTotal: 180,
  steps: 20,
  elapsedMs: 100_000,
  evaluated: 0,
  changed: 0,
  segments: { key: 0, develop: 0, retain: 0, unidentified: 0 },
  tasksCreated: 0,
  tasksClosed: 0,
  tasksHeldBack: 0,
  startedAt: '2026-11-02T09:00:00.000Z',
  finishedAt: null,
  snapshot: null,
  now: '2026-11-02T09:00:00.000Z',
  timeZone: 'Europe/Helsinki',
  after: '8000',
  amounts: [],
  cutoffs: null,
  tasksPerOwner: {},
  tally: null,
};
const record = (version: string, text: string | null) => ({
  id: '1',
  properties: { care_config_version: version, [recomputeRunProperty]: text },
});

describe('the in-app recompute state (decision 0018)', () => {
  it('is read back from the record of its config version only', () => {
    const text = JSON.stringify(state);
    expect(storedRun([record('3', text)], 3)).toEqual(state);
    expect(storedRun([record('3', text)], 4)).toBeNull();
    expect(storedRun([record('3', '{"run":')], 3)).toBeNull();
    expect(storedRun([record('3', JSON.stringify({ ...state, phase: 'later' }))], 3)).toBeNull();
  });

  it('refuses a state past a HubSpot property, in words that name the runner, before any request', async () => {
    // Nothing listens there: a request would fail with a network error, not this refusal.
    const client = new Client({ accessToken: 'unused', basePath: 'http://127.0.0.1:9' });
    const amounts = Array.from({ length: 9000 }, (_, i) => 1_000_000 + i * 7.25);
    const refused = saveRun(client, { ...state, amounts }, []);
    await expect(refused).rejects.toBeInstanceOf(FunctionFailure);
    await expect(refused).rejects.toThrow(/too large for the in-app recompute.*care-model run/);
  });
});
