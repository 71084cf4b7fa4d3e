import { randomUUID } from 'node:crypto';
import {
  capNewSteps,
  stepsPerOwner,
  taskClosures,
  type ChecklistItem,
  type EvaluationContext,
  type Segment,
  type TaskClosure,
} from '@care-model/core';
import {
  closeStepTasks,
  companyPropertyNames,
  currentSettings,
  readSettingsRecords,
  recomputeRunProperty,
  runUnderWay,
  tasksByCompany,
  type CurrentSettings,
} from '@care-model/hubspot';
import { CliFailure } from '../cli/cliFailure';
import type { CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import { parseEntries, type CheckpointEntry } from './checkpointEntry';
import { companyChanges, drain, forEachView, reevaluation, type Tally } from './companyChanges';
import { readPortfolio, type Portfolio } from './readPortfolio';
import { LeaseHeld, takeLease } from './recomputeLease';
import { RunStore, runStoreKey, type Manifest } from './runStore';
import { saveRunSnapshot } from './saveRunSnapshot';
import { syncTasks } from './syncTasks';
import { writeChanges } from './writeChanges';

export interface RecomputeOptions {
  now?: Date;
  timeZone?: string;
  dryRun: boolean;
  syncTasks: boolean;
  resume: boolean;
  stateDir: string;
  /** Aborted: the run stops after the batch in flight is checkpointed (a resume finishes it). */
  stop?: AbortSignal;
}

/** What a run did, for the summary table and the benchmark. */
export interface RecomputeResult {
  companies: number;
  deals: number;
  tasks: number;
  changed: number;
  segments: Record<Segment, number>;
  steps: number;
  tasksCreated: number;
  /** Due steps the per-owner cap left as suggestions this run. */
  tasksHeldBack: number;
  /** The app's own untouched tasks closed because their reason went away. */
  tasksClosed: number;
  /** New tasks per owner this run creates (or would create, in a dry run); null = no owner. */
  tasksPerOwner: [string | null, number][];
  writeBatches: number;
  /** What did not land: companies HubSpot refused to update, due steps left without a task… */
  companiesNotWritten: number;
  tasksNotCreated: number;
  /** Obsolete app tasks HubSpot refused to close. */
  tasksNotClosed: number;
}

function resumedManifest(store: RunStore, cli: CliClient, options: RecomputeOptions): Manifest {
  const manifest = store.readManifest();
  if (!manifest || manifest.phase === 'done')
    throw new CliFailure(`Nothing to resume in ${store.dir}: run recompute without --resume.`);
  if (manifest.baseUrl !== cli.target.baseUrl)
    throw new CliFailure(
      `The run in ${store.dir} was against ${manifest.baseUrl}, not ${cli.target.baseUrl}.`,
    );
  if (options.now && options.now.toISOString() !== manifest.now)
    throw new CliFailure(
      `The run in ${store.dir} computes as of ${manifest.now}; drop --now or start a new run.`,
    );
  return manifest;
}

/**
 * Closes the tasks (once, also across a resume) and shows the portfolio in memory their closed
 * state; tasks HubSpot refused to close stay open there, and the closing is not checkpointed.
 */
async function closeTasks(
  cli: CliClient,
  portfolio: Portfolio,
  closures: readonly TaskClosure[],
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<{ closed: number; notClosed: number }> {
  const refused = new Set<string>();
  if (!done.some((entry) => entry.kind === 'closed')) {
    for (const taskId of await closeStepTasks(cli, closures)) refused.add(taskId);
    if (refused.size === 0)
      checkpoint({ kind: 'closed', taskIds: closures.map((closure) => closure.taskId) });
  }
  const closed = closures.filter((closure) => !refused.has(closure.taskId));
  for (const closure of closed) {
    const tasks = portfolio.tasks.get(closure.companyId) ?? [];
    portfolio.tasks.set(
      closure.companyId,
      tasks.map((task) =>
        task.id === closure.taskId
          ? { id: task.id, properties: { ...task.properties, ...closure.properties } }
          : task,
      ),
    );
  }
  return { closed: closed.length, notClosed: refused.size };
}

/**
 * Classifies the whole portfolio: read, (claim and create tasks), write the changed fields. A run
 * that writes holds the portal's recompute lease throughout (decision 0017).
 */
export async function runRecompute(
  cli: CliClient,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  const store = new RunStore(options.stateDir, runStoreKey(cli.target));
  const resumed = options.resume ? resumedManifest(store, cli, options) : undefined;
  const records = await cli.call((client) => readSettingsRecords(client, [recomputeRunProperty]));
  const settings = currentSettings(records);
  const inApp = options.dryRun ? null : runUnderWay(records, settings.version, new Date());
  if (inApp)
    throw new LeaseHeld(
      `A recompute started on the settings page is under way (run ${inApp.run}, ${inApp.pagesDone} of ${inApp.pagesTotal} pages). Let it finish, or try again when it has stood still for 2 minutes.`,
    );
  if (resumed && resumed.configVersion !== settings.version)
    throw new CliFailure(
      `The settings changed (version ${resumed.configVersion} → ${settings.version}) since the run in ${store.dir} started: start a new run.`,
    );
  const manifest: Manifest = resumed
    ? { ...resumed, runId: resumed.runId ?? randomUUID() }
    : {
        baseUrl: cli.target.baseUrl,
        now: (options.now ?? new Date()).toISOString(),
        timeZone: options.timeZone ?? settings.timeZone,
        configVersion: settings.version,
        syncTasks: options.syncTasks,
        phase: 'running',
        runId: randomUUID(),
      };
  if (options.dryRun) return recomputeHeld(cli, options, { store, manifest, settings });
  if (!resumed) {
    if (store.isUnfinished())
      output.error(`Discarding the unfinished run in ${store.dir} (pass --resume to finish one).`);
    store.start(manifest);
  }
  const lease = await takeLease(cli, manifest.runId ?? '');
  try {
    return await recomputeHeld(cli, options, { store, manifest, settings, resumed });
  } finally {
    // Requests of the batches still in flight (a failed run's) finish before the lease is given back.
    await cli.idle();
    await lease.release().catch(() => undefined);
  }
}

async function recomputeHeld(
  cli: CliClient,
  options: RecomputeOptions,
  run: {
    store: RunStore;
    manifest: Manifest;
    settings: CurrentSettings;
    resumed?: Manifest;
  },
): Promise<RecomputeResult> {
  const { store, manifest, settings, resumed } = run;
  const done: CheckpointEntry[] = resumed ? parseEntries(store.entries()) : [];
  const checkpoint = options.dryRun
    ? () => {}
    : (entry: CheckpointEntry) => {
        store.append(entry);
        // A claim is always followed by its creates: a stop waits for the batch's `tasks` entry.
        if (entry.kind !== 'claiming') options.stop?.throwIfAborted();
      };
  const { config } = settings;
  const ctx: EvaluationContext = { now: new Date(manifest.now), timeZone: manifest.timeZone };

  const portfolio = await readPortfolio(cli, companyPropertyNames(config), done, checkpoint);
  const steps: ChecklistItem[] = [];
  const closures: TaskClosure[] = [];
  if (manifest.syncTasks)
    forEachView(portfolio, config, ctx, new Map(), (view, properties) => {
      steps.push(...view.checklist.filter((item) => item.state === 'suggested'));
      const input = {
        id: view.companyId,
        properties,
        deals: [],
        tasks: portfolio.tasks.get(view.companyId) ?? [],
      };
      closures.push(...taskClosures(input, view.checklist, view.scope.inScope, config));
    });
  const capped = capNewSteps(steps, config.tasks.newPerOwnerPerRun);
  const synced =
    manifest.syncTasks && !options.dryRun
      ? await syncTasks(
          cli,
          capped.create,
          config,
          ctx,
          { runId: manifest.runId ?? '', done },
          checkpoint,
        )
      : { tasks: [], created: 0, claimedElsewhere: 0, notCreated: 0 };
  const closing =
    manifest.syncTasks && !options.dryRun
      ? await closeTasks(cli, portfolio, closures, done, checkpoint)
      : { closed: closures.length, notClosed: 0 };
  if (synced.claimedElsewhere > 0)
    output.error(
      `${synced.claimedElsewhere} next steps were claimed by a card or the settings page's recompute; skipped.`,
    );

  const tally: Tally = {
    segments: { key: 0, develop: 0, retain: 0, unidentified: 0 },
    changes: [],
  };
  const extra = tasksByCompany(synced.tasks, steps, config, ctx);
  const evaluated = companyChanges(portfolio, config, ctx, extra, tally);
  let written = { batches: 0, notWritten: 0 };
  if (options.dryRun) drain(evaluated);
  else {
    const readAt = new Map(
      portfolio.companies.map((c) => [c.id, c.properties.hs_lastmodifieddate]),
    );
    written = await writeChanges(cli, evaluated, done, checkpoint, {
      properties: companyPropertyNames(config),
      readAt: (id) => readAt.get(id),
      reevaluate: reevaluation(portfolio, config, ctx, extra),
    });
  }
  const { changes, segments: counts } = tally;
  // A run with something that did not land stays open: `--resume` (or the next run) sends it again.
  const landed = written.notWritten + synced.notCreated + closing.notClosed === 0;
  if (!options.dryRun && landed) await saveRunSnapshot(cli, portfolio, changes, settings, ctx);
  if (!options.dryRun && landed) store.finish(manifest);
  return {
    companies: portfolio.companies.length,
    deals: portfolio.read.deals,
    tasks: portfolio.read.tasks,
    changed: changes.length,
    segments: counts,
    steps: steps.length,
    tasksCreated: synced.created,
    tasksHeldBack: capped.held.length,
    tasksClosed: closing.closed,
    tasksPerOwner: stepsPerOwner(capped.create),
    writeBatches: written.batches,
    companiesNotWritten: written.notWritten,
    tasksNotCreated: synced.notCreated,
    tasksNotClosed: closing.notClosed,
  };
}
