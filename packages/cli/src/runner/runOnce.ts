import { CliFailure } from '../cli/cliFailure';
import type { CliClient } from '../hubspot/cliClient';
import { LeaseHeld } from '../recompute/recomputeLease';
import { runRecompute, type RecomputeResult } from '../recompute/runRecompute';
import { RunStore, runStoreKey, type Manifest } from '../recompute/runStore';

/** A full run reads the whole portfolio; an incremental one only what changed (decision 0019). */
export const runModes = ['full', 'incremental'] as const;
export type RunMode = (typeof runModes)[number];

export interface RunOnceOptions {
  mode: RunMode;
  now: Date;
  syncTasks: boolean;
  stateDir: string;
  stop?: AbortSignal;
}

/** What one run did, and how: `ranAs` is full when an incremental run was not possible (and says why). */
export interface RunOutcome {
  ranAs: RunMode;
  resumed: boolean;
  result: RecomputeResult;
}

/**
 * One recompute for the runner: finishes an interrupted full run first (a stop leaves one), else
 * starts a new one as of `now`, incremental when asked (it falls back to full, saying why).
 */
export async function runOnce(cli: CliClient, options: RunOnceOptions): Promise<RunOutcome> {
  try {
    return await recomputeOnce(cli, options);
  } catch (caught) {
    // A stop or a failure ends one batch; the others in flight finish and are checkpointed first.
    await cli.idle();
    throw caught;
  }
}

/** The manifest of an interrupted run; a refused one (edited, another token's) is replaced by a new run. */
function unfinishedRun(cli: CliClient, stateDir: string): Manifest | undefined {
  try {
    return new RunStore(stateDir, runStoreKey(cli.target)).readManifest();
  } catch (caught) {
    if (caught instanceof CliFailure) return undefined;
    throw caught;
  }
}

async function recomputeOnce(cli: CliClient, options: RunOnceOptions): Promise<RunOutcome> {
  const { syncTasks, stateDir, stop } = options;
  const fresh = { dryRun: false, syncTasks, stateDir, stop };
  const unfinished = unfinishedRun(cli, stateDir);
  if (unfinished?.phase === 'running' && unfinished.baseUrl === cli.target.baseUrl) {
    try {
      const result = await runRecompute(cli, { ...fresh, resume: true });
      return { ranAs: 'full', resumed: true, result };
    } catch (caught) {
      // The settings changed since the interrupted run: a new run replaces it.
      if (!(caught instanceof CliFailure) || caught instanceof LeaseHeld) throw caught;
    }
  }
  const incremental = options.mode === 'incremental';
  const result = await runRecompute(cli, {
    ...fresh,
    resume: false,
    now: options.now,
    incremental,
  });
  return { ranAs: result.ranAs, resumed: false, result };
}
