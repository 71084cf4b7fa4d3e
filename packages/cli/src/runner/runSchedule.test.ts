import { TargetFailure } from '../hubspot/cliClient';
import type { Scheduler } from './realScheduler';
import type { RunLogLine } from './runLogLine';
import type { RunMode, RunOutcome } from './runOnce';
import { runSchedule } from './runSchedule';
import { RunStopped } from './runStopped';

const minute = 60_000;
const result = {
  companies: 3,
  deals: 0,
  tasks: 0,
  changed: 1,
  segments: { key: 0, develop: 0, retain: 0, unidentified: 3 },
  steps: 0,
  tasksCreated: 0,
  tasksHeldBack: 0,
  tasksClosed: 0,
  tasksPerOwner: [],
  writeBatches: 1,
  companiesNotWritten: 0,
  tasksNotCreated: 0,
  tasksNotClosed: 0,
  ranAs: 'full' as const,
  fullBecause: null,
  changes: null,
};

/** Runs the schedule with a fake clock for `ticks` runs; `outcomes` says what each run does. */
async function schedule(
  ticks: number,
  outcomes: (tick: number) => unknown = () => undefined,
  ranAs: (mode: RunMode) => RunMode = (mode) => mode,
) {
  let clock = Date.parse('2026-11-02T09:00:00Z');
  const stop = new AbortController();
  const modes: RunMode[] = [];
  const lines: RunLogLine[] = [];
  const scheduler: Scheduler = {
    now: () => new Date(clock),
    sleep: async (ms) => {
      clock += ms;
      if (modes.length === ticks) stop.abort(new RunStopped('SIGTERM'));
    },
  };
  const done = runSchedule({
    everyMs: 15 * minute,
    fullEveryMs: 60 * minute,
    scheduler,
    stop: stop.signal,
    counts: () => ({ requests: modes.length * 10, retries: 0 }),
    log: (line) => lines.push(line),
    run: async (mode): Promise<RunOutcome> => {
      modes.push(mode);
      clock += 2 * minute;
      const failure = outcomes(modes.length);
      if (failure !== undefined) throw failure;
      const fullBecause =
        ranAs(mode) === mode ? null : 'no earlier CLI run is recorded in the portal';
      return { ranAs: ranAs(mode), resumed: false, result: { ...result, fullBecause } };
    },
  });
  return { done, modes, lines };
}

describe('runSchedule', () => {
  it('runs full first, then incremental until the last full run is --full-every old', async () => {
    const { done, modes, lines } = await schedule(6);
    await done;
    expect(modes).toEqual([
      'full',
      'incremental',
      'incremental',
      'incremental',
      'full',
      'incremental',
    ]);
    expect(lines.filter((line) => line.event === 'end')[1]).not.toHaveProperty('note');
    expect(lines.at(-1)).toMatchObject({ event: 'stopped', signal: 'SIGTERM', resumable: false });
  });

  it('an incremental tick run as a full one says why and counts as full', async () => {
    const { done, modes, lines } = await schedule(6, undefined, () => 'full');
    await done;
    expect(modes).toEqual(['full', ...Array<RunMode>(5).fill('incremental')]);
    expect(lines.filter((line) => line.event === 'end')[1]).toMatchObject({
      mode: 'incremental',
      ranAs: 'full',
      note: 'a full run: no earlier CLI run is recorded in the portal',
      durationMs: 2 * minute,
    });
  });

  it.each([
    ['a 429', { code: 429, body: {} }],
    ['a 503', { code: 503, body: {} }],
    [
      'a refused connection',
      Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
    ],
  ])('logs %s as transient, runs full again at the next tick', async (_name, failure) => {
    const { done, modes, lines } = await schedule(2, (tick) =>
      tick === 1 ? new TargetFailure('http://127.0.0.1:9', failure) : undefined,
    );
    await done;
    expect(modes).toEqual(['full', 'full']);
    expect(lines[1]).toMatchObject({ event: 'error', kind: 'transient', requests: 10 });
  });

  it.each([
    ['a 401', { code: 401, body: {} }],
    ['a 403', { code: 403, body: { category: 'MISSING_SCOPES' } }],
    ['a bug', new TypeError('x is undefined')],
  ])('logs %s as fatal and throws it', async (_name, failure) => {
    const { done, modes, lines } = await schedule(3, () => failure);
    await expect(done).rejects.toBeDefined();
    expect(modes).toEqual(['full']);
    expect(lines.at(-1)).toMatchObject({ event: 'error', kind: 'fatal' });
  });

  it('a stop inside a run logs a resumable stop and ends the schedule', async () => {
    const { done, modes, lines } = await schedule(9, () => new RunStopped('SIGINT'));
    await done;
    expect(modes).toEqual(['full']);
    expect(lines.at(-1)).toMatchObject({ event: 'stopped', resumable: true });
  });
});
