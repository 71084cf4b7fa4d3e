import { describeHubSpotError, readHubSpotError } from '@care-model/hubspot';
import { TargetFailure, type ApiCounts } from '../hubspot/cliClient';
import { describeFailure } from '../hubspot/describeFailure';
import { failureKind } from './failureKind';
import type { Scheduler } from './realScheduler';
import type { RunLogLine } from './runLogLine';
import type { RunMode, RunOutcome } from './runOnce';
import { RunStopped } from './runStopped';

export interface ScheduleOptions {
  everyMs: number;
  fullEveryMs: number;
  scheduler: Scheduler;
  /** Aborted by SIGTERM/SIGINT with a `RunStopped` reason. */
  stop: AbortSignal;
  run: (mode: RunMode, now: Date) => Promise<RunOutcome>;
  /** The client's counts, for each run's share. */
  counts: () => ApiCounts;
  log: (line: RunLogLine) => void;
}

/** Why a run was not what the schedule asked for. */
const noteOf = (result: RunOutcome['result'], resumed: boolean) =>
  resumed
    ? 'finished an interrupted full run'
    : `a full run: ${result.fullBecause ?? 'the incremental run was not possible'}`;

/** One sentence for a failure, without a token or a raw body; the runner retries by itself. */
function messageOf(caught: unknown): string {
  const failure = caught instanceof TargetFailure ? caught.failure : caught;
  const where = caught instanceof TargetFailure ? caught.baseUrl : 'the target';
  const answered = readHubSpotError(failure);
  if (answered) return `${where}: ${describeHubSpotError(answered).message}`;
  return describeFailure(failure, where) ?? (caught instanceof Error ? caught.message : 'failed');
}

const reasonOf = (stop: AbortSignal) =>
  stop.reason instanceof RunStopped ? stop.reason.signal : 'abort';

/**
 * Runs at once, then every `everyMs` (from one start to the next), a full run when the last full one
 * is `fullEveryMs` old. Returns when stopped; throws what the runner cannot go on after.
 */
export async function runSchedule(options: ScheduleOptions): Promise<void> {
  const { scheduler, stop, log } = options;
  let lastFullMs: number | undefined;
  while (!stop.aborted) {
    const started = scheduler.now();
    const mode: RunMode =
      lastFullMs === undefined || started.getTime() - lastFullMs >= options.fullEveryMs
        ? 'full'
        : 'incremental';
    const before = options.counts();
    const spent = () => ({
      requests: options.counts().requests - before.requests,
      durationMs: scheduler.now().getTime() - started.getTime(),
    });
    log({ event: 'start', at: started.toISOString(), mode });
    try {
      const { ranAs, resumed, result } = await options.run(mode, started);
      if (ranAs === 'full') lastFullMs = started.getTime();
      const { requests, durationMs } = spent();
      const notLanded = result.companiesNotWritten + result.tasksNotCreated + result.tasksNotClosed;
      log({
        event: 'end',
        at: scheduler.now().toISOString(),
        mode,
        ranAs,
        resumed,
        ...(ranAs !== mode ? { note: noteOf(result, resumed) } : {}),
        requests,
        retries: options.counts().retries - before.retries,
        companies: result.companies,
        changed: result.changed,
        tasksCreated: result.tasksCreated,
        ...(notLanded > 0 ? { notLanded } : {}),
        durationMs,
      });
    } catch (caught) {
      const kind = failureKind(caught);
      const at = scheduler.now().toISOString();
      if (kind === 'stopped') {
        log({ event: 'stopped', at, signal: reasonOf(stop), resumable: true, ...spent() });
        return;
      }
      log({ event: 'error', at, mode, kind, message: messageOf(caught), ...spent() });
      if (kind === 'fatal') throw caught;
    }
    const waitMs = started.getTime() + options.everyMs - scheduler.now().getTime();
    await scheduler.sleep(Math.max(0, waitMs), stop);
  }
  log({
    event: 'stopped',
    at: scheduler.now().toISOString(),
    signal: reasonOf(stop),
    resumable: false,
  });
}
