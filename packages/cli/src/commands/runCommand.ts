import { Command } from 'commander';
import { z } from 'zod';
import { flagSchemas, parseFlags, resolveTarget, withTargetFlags } from '../cli/parseFlags';
import { runVerb } from '../cli/runVerb';
import { cliClient } from '../hubspot/cliClient';
import { output } from '../output';
import { durationSchema } from '../runner/durationSchema';
import { realScheduler } from '../runner/realScheduler';
import { runOnce } from '../runner/runOnce';
import { runSchedule } from '../runner/runSchedule';
import { RunStopped } from '../runner/runStopped';

const runFlagsSchema = z
  .object({
    every: durationSchema,
    fullEvery: durationSchema,
    syncTasks: z.boolean().default(false),
    stateDir: flagSchemas.stateDir,
    rateLimit: flagSchemas.rateLimit,
    timeoutMs: z.coerce.number().int().min(100),
  })
  .refine((flags) => flags.fullEvery >= flags.every, {
    path: ['fullEvery'],
    message: 'at least --every',
  });

/** A stop signal aborts `stop`: the run in flight ends at its next checkpoint; a second one exits at once. */
function stopOnSignal(stop: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(1);
    stop.abort(new RunStopped(signal));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}

async function run(raw: Record<string, unknown>): Promise<void> {
  const flags = parseFlags(runFlagsSchema, raw);
  const cli = cliClient(resolveTarget(raw), {
    ratePer10s: flags.rateLimit,
    timeoutMs: flags.timeoutMs,
  });
  output.hideProgress();
  const stop = new AbortController();
  const release = stopOnSignal(stop);
  try {
    // A fatal failure is logged, then thrown: runVerb prints its sentence and sets the exit code.
    await runSchedule({
      everyMs: flags.every,
      fullEveryMs: flags.fullEvery,
      scheduler: realScheduler,
      stop: stop.signal,
      counts: cli.counts,
      log: (line) => output.line(JSON.stringify(line)),
      run: (mode, now) =>
        runOnce(cli, {
          mode,
          now,
          syncTasks: flags.syncTasks,
          stateDir: flags.stateDir,
          stop: stop.signal,
        }),
    });
  } finally {
    release();
  }
}

export function runCommand(): Command {
  return withTargetFlags(new Command('run'))
    .description(
      'Keep the portfolio current: recompute on an interval, a full run daily; stops cleanly on SIGTERM',
    )
    .option('--every <duration>', 'time from one run to the next, e.g. 15m', '15m')
    .option('--full-every <duration>', 'a full run at least this often, e.g. 24h', '24h')
    .option('--sync-tasks', 'create the due next-step tasks on every run (decision 0007)')
    .option('--state-dir <dir>', 'where a run keeps its checkpoint', '.care-model/recompute')
    .option('--rate-limit <n>', 'requests per 10 s the portal allows (Starter: 100)', '190')
    .option('--timeout-ms <ms>', 'a request unanswered this long is sent again', '20000')
    .action(runVerb(run));
}
