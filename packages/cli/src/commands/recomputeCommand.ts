import { segments } from '@care-model/core';
import { Command } from 'commander';
import { z } from 'zod';
import { runVerb } from '../cli/runVerb';
import { flagSchemas, parseFlags, resolveTarget, withTargetFlags } from '../cli/parseFlags';
import { cliClient, type ApiCounts } from '../hubspot/cliClient';
import { output } from '../output';
import { runRecompute, type RecomputeResult } from '../recompute/runRecompute';
import { durationSchema } from '../runner/durationSchema';

const recomputeFlagsSchema = z
  .object({
    now: flagSchemas.now.optional(),
    timeZone: flagSchemas.timeZone.optional(),
    dryRun: z.boolean().default(false),
    syncTasks: z.boolean().default(false),
    resume: z.boolean().default(false),
    incremental: z.boolean().default(false),
    fullEvery: durationSchema.optional(),
    stateDir: flagSchemas.stateDir,
    rateLimit: flagSchemas.rateLimit,
    timeoutMs: z.coerce.number().int().min(100),
    json: z.boolean().default(false),
  })
  .refine((flags) => flags.fullEvery === undefined || flags.incremental, {
    path: ['fullEvery'],
    message: 'goes with --incremental (a plain recompute is always full)',
  });

/**
 * A full run's: ⌈companies/100⌉ + ⌈deals/100⌉ + ⌈tasks/100⌉ list reads, the settings read, the
 * search of the change mark, ⌈changed/100⌉ re-reads and writes, 2 per 100 tasks (claim, create), 1
 * per 100 closed, the snapshot; a run that writes takes and gives back its lease. An incremental
 * run has none (its reads depend on what changed).
 */
export function callFloor(result: RecomputeResult, dryRun = false): number | null {
  if (result.ranAs === 'incremental') return null;
  const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
  return (
    pages(result.companies) +
    pages(result.deals) +
    pages(result.tasks) +
    1 +
    (dryRun ? 0 : 1) +
    (dryRun ? 1 : 2) * Math.ceil(result.changed / 100) +
    2 * Math.ceil(result.tasksCreated / 100) +
    Math.ceil(result.tasksClosed / 100) +
    1 +
    (dryRun ? 0 : 2)
  );
}

function printSummary(
  result: RecomputeResult,
  counts: ApiCounts,
  seconds: number,
  dryRun: boolean,
): void {
  const would = dryRun ? ' (dry run: not written)' : '';
  output.table(
    ['Recompute', ''],
    [
      ['Companies read', result.companies],
      ['Deals read / tasks read', `${result.deals} / ${result.tasks}`],
      [`Companies changed${would}`, result.changed],
      ...segments.map((segment): [string, number] => [
        `Segment ${segment}`,
        result.segments[segment],
      ]),
      ['Due next steps / tasks created', `${result.steps} / ${result.tasksCreated}`],
      ['Held back by the per-owner cap', result.tasksHeldBack],
      [`Obsolete app tasks closed${would}`, result.tasksClosed],
      [
        'Not landed: companies / new tasks / closings',
        `${result.companiesNotWritten} / ${result.tasksNotCreated} / ${result.tasksNotClosed}`,
      ],
      ['Run', result.fullBecause ? `full: ${result.fullBecause}` : result.ranAs],
      ...(result.changes
        ? [
            [
              'Read: modified / via deals / via tasks / recheck due',
              `${result.changes.modified} / ${result.changes.viaDeals} / ${result.changes.viaTasks} / ${result.changes.recheck}`,
            ] as [string, string],
          ]
        : []),
      ['API calls (floor)', `${counts.requests} (${callFloor(result, dryRun) ?? '—'})`],
      ['Retries', counts.retries],
      ['Seconds', seconds.toFixed(1)],
    ],
  );
}

/** Before a first sync: how many tasks each owner would get from this run. */
function printTasksPerOwner(result: RecomputeResult, dryRun: boolean): void {
  if (result.tasksPerOwner.length === 0) return;
  output.table(
    ['Owner', dryRun ? 'New tasks (would create)' : 'New tasks'],
    result.tasksPerOwner.map(([owner, count]): [string, number] => [owner ?? '(no owner)', count]),
  );
}

/** The run ends 3 when HubSpot refused a company's update or a task's create or close however often it was sent. */
function reportNotLanded(result: RecomputeResult): void {
  const {
    companiesNotWritten: companies,
    tasksNotCreated: created,
    tasksNotClosed: closed,
  } = result;
  if (companies + created + closed === 0) return;
  output.error(
    `${companies} companies were not updated, ${created} due next steps got no task and ${closed} obsolete tasks were not closed (HubSpot refused or did not answer them): pass --resume to send them again.`,
  );
  process.exitCode = 3;
}

async function recompute(raw: Record<string, unknown>): Promise<void> {
  const flags = parseFlags(recomputeFlagsSchema, raw);
  const cli = cliClient(resolveTarget(raw), {
    ratePer10s: flags.rateLimit,
    timeoutMs: flags.timeoutMs,
  });
  const started = performance.now();
  const result = await runRecompute(cli, { ...flags, fullEveryMs: flags.fullEvery });
  const seconds = (performance.now() - started) / 1000;
  if (flags.json)
    output.json({ ...result, ...cli.counts(), floor: callFloor(result, flags.dryRun), seconds });
  else {
    if (flags.syncTasks) printTasksPerOwner(result, flags.dryRun);
    printSummary(result, cli.counts(), seconds, flags.dryRun);
  }
  reportNotLanded(result);
}

export function recomputeCommand(): Command {
  return withTargetFlags(new Command('recompute'))
    .description('Classify the whole portfolio and write the changed KPI fields (resumable)')
    .option('--now <iso>', 'the instant to compute as of (default: now); makes runs reproducible')
    .option('--time-zone <iana>', "the portal's time zone (default: the saved settings')")
    .option('--dry-run', 'compute and count, write nothing')
    .option(
      '--sync-tasks',
      'create the due next-step tasks (idempotent, decision 0007; capped per owner and closing obsolete ones, 0013); with --dry-run, print how many each owner would get',
    )
    .option('--resume', 'finish the run a kill or a failure interrupted')
    .option(
      '--incremental',
      'read only what changed since the last run recorded in the portal (full when there is none, or the settings changed)',
    )
    .option(
      '--full-every <duration>',
      'with --incremental: a full run when the last full one is this old, e.g. 24h (a schedule of one-shot runs)',
    )
    .option('--state-dir <dir>', 'where the run keeps its checkpoint', '.care-model/recompute')
    .option('--rate-limit <n>', 'requests per 10 s the portal allows (Starter: 100)', '190')
    .option('--timeout-ms <ms>', 'a request unanswered this long is sent again', '20000')
    .option('--json', 'print the summary as JSON')
    .action(runVerb(recompute));
}
