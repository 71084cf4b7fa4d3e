import { randomUUID } from 'node:crypto';
import {
  capNewSteps,
  parseStepKey,
  stepsPerOwner,
  taskClosures,
  type ChecklistItem,
  type EvaluationContext,
  type Segment,
  type TaskClosure,
} from '@care-model/core';
import {
  closeStepTasks,
  currentSettings,
  latestSnapshot,
  readSettingsRecords,
  recomputeRunProperty,
  runUnderWay,
  snapshotProperties,
  tasksByCompany,
  type CurrentSettings,
  type PortfolioSnapshot,
} from '@care-model/hubspot';
import { CliFailure } from '../cli/cliFailure';
import type { CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import { parseEntries, type CheckpointEntry } from './checkpointEntry';
import { fullReason, nextCursor } from './changeCursorOf';
import { changeMark, type ChangeMark } from './changeMark';
import {
  companyChanges,
  drain,
  forEachView,
  portfolioCutoffs,
  reevaluation,
  type Tally,
} from './companyChanges';
import { encodeOwnWrites, stateDigest } from './ownWrites';
import { readChanged, type ChangeCounts } from './readChanged';
import { readPortfolio, type Portfolio } from './readPortfolio';
import { recomputeProperties } from './relatedMemo';
import { closingBodies } from './closingBodies';
import { recheckEachBatch, recheckOnce, type RunRead } from './recheck';
import { LeaseHeld, takeLease } from './recomputeLease';
import { RunStore, runStoreKey, type Manifest } from './runStore';
import { saveRunCursor, saveRunSnapshot } from './saveRunSnapshot';
import { syncTasks } from './syncTasks';
import type { CompanyChange } from './companyChange';
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
  /** Read only what changed since the cursor in the portal (decision 0019); else a full run, and why. */
  incremental?: boolean;
  /** Incremental: a full run instead when the last full one computed this long before `now`. */
  fullEveryMs?: number;
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
  ranAs: 'full' | 'incremental';
  /** Why an incremental run asked for ran as a full one; null otherwise. */
  fullBecause: string | null;
  /** Incremental: the companies read, by what brought them in. */
  changes: ChangeCounts | null;
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

/** What the run left each company it wrote as, so the next run can tell its own writes from others'. */
function ownWrites(
  portfolio: Portfolio,
  changes: readonly CompanyChange[],
  names: readonly string[],
): string | undefined {
  const read = new Map(portfolio.companies.map((company) => [company.id, company.properties]));
  const digests = new Map(
    changes.map((change) => [
      change.id,
      stateDigest({ ...read.get(change.id), ...change.properties }, names),
    ]),
  );
  return encodeOwnWrites(digests);
}

/** A run's reads: the full portfolio (with its manifest) or the changed companies (no manifest: redone whole). */
type Plan =
  | { mode: 'full'; fullBecause: string | null }
  | { mode: 'incremental'; mark: ChangeMark; portfolio: Portfolio; counts: ChangeCounts };

/**
 * Classifies the portfolio, or only what changed (decision 0019): read, (claim and create tasks),
 * write the changed fields. A run that writes holds the portal's recompute lease throughout (0017).
 */
export async function runRecompute(
  cli: CliClient,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  const store = new RunStore(options.stateDir, runStoreKey(cli.target));
  const resumed = options.resume ? resumedManifest(store, cli, options) : undefined;
  const records = await cli.call((client) =>
    readSettingsRecords(client, [recomputeRunProperty, ...snapshotProperties]),
  );
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
  let manifest: Manifest = resumed
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
  const snapshot = latestSnapshot(settings.records);
  const plan = await planOf(cli, options, { manifest, settings, snapshot, resumed });
  if (options.dryRun)
    return recomputeHeld(cli, options, { store, manifest, settings, plan, snapshot });
  if (!resumed && plan.mode === 'full') {
    if (store.isUnfinished())
      output.error(`Discarding the unfinished run in ${store.dir} (pass --resume to finish one).`);
    store.start(manifest);
    // Taken before any read, kept for a resume: the next run's cursor.
    manifest = { ...manifest, changeMarkMs: (await changeMark(cli)).atMs };
    store.writeManifest(manifest);
  }
  const lease = await takeLease(cli, manifest.runId ?? '');
  try {
    return await recomputeHeld(cli, options, {
      store,
      manifest,
      settings,
      plan,
      snapshot,
      resumed,
    });
  } finally {
    // Requests of the batches still in flight (a failed run's) finish before the lease is given back.
    await cli.idle();
    await lease.release().catch(() => undefined);
  }
}

/** An incremental run's reads when its cursor can be used; else a full run, and why. */
async function planOf(
  cli: CliClient,
  options: RecomputeOptions,
  run: {
    manifest: Manifest;
    settings: CurrentSettings;
    snapshot: PortfolioSnapshot | null;
    resumed?: Manifest;
  },
): Promise<Plan> {
  const { manifest, settings, snapshot } = run;
  if (!options.incremental || run.resumed) return { mode: 'full', fullBecause: null };
  const now = new Date(manifest.now);
  const why = fullReason(
    snapshot,
    settings,
    manifest.timeZone,
    now,
    manifest.syncTasks,
    options.fullEveryMs,
  );
  const cursor = snapshot?.cursor;
  if (why !== null || !cursor) return { mode: 'full', fullBecause: why };
  const mark = await changeMark(cli);
  const ctx = { now, timeZone: manifest.timeZone };
  const { config } = settings;
  const read = await readChanged(cli, recomputeProperties(config), config, ctx, cursor, mark);
  return 'fullBecause' in read
    ? { mode: 'full', fullBecause: read.fullBecause }
    : { mode: 'incremental', mark, ...read };
}

async function recomputeHeld(
  cli: CliClient,
  options: RecomputeOptions,
  run: {
    store: RunStore;
    manifest: Manifest;
    settings: CurrentSettings;
    plan: Plan;
    snapshot: PortfolioSnapshot | null;
    resumed?: Manifest;
  },
): Promise<RecomputeResult> {
  const { store, manifest, settings, resumed, plan } = run;
  const full = plan.mode === 'full';
  const done: CheckpointEntry[] = resumed ? parseEntries(store.entries()) : [];
  // An incremental run keeps no checkpoint (it is redone whole from the same cursor); a stop still ends it.
  const checkpoint =
    options.dryRun || !full
      ? (entry: CheckpointEntry) => {
          if (!options.dryRun && entry.kind !== 'claiming') options.stop?.throwIfAborted();
        }
      : (entry: CheckpointEntry) => {
          store.append(entry);
          // A claim is always followed by its creates: a stop waits for the batch's `tasks` entry.
          if (entry.kind !== 'claiming') options.stop?.throwIfAborted();
        };
  const { config } = settings;
  const ctx: EvaluationContext = { now: new Date(manifest.now), timeZone: manifest.timeZone };

  const portfolio = full
    ? await readPortfolio(cli, recomputeProperties(config), done, checkpoint)
    : plan.portfolio;
  const cutoffs = portfolioCutoffs(portfolio, config, ctx);
  if (cutoffs) portfolio.paretoCutoffs = cutoffs;
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
      ? await closeTasks(
          cli,
          portfolio,
          await closingBodies(cli, closures, portfolio.memoTasks ?? new Set(), config),
          done,
          checkpoint,
        )
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
  const held = new Set(
    manifest.syncTasks
      ? capped.held.flatMap((step) => parseStepKey(step.key)?.companyId ?? [])
      : [],
  );
  const evaluated = companyChanges(portfolio, config, ctx, extra, tally, held);
  let written = { batches: 0, notWritten: 0 };
  if (options.dryRun) drain(evaluated);
  else {
    const readAt = new Map(
      portfolio.companies.map((c) => [c.id, c.properties.hs_lastmodifieddate]),
    );
    const read: RunRead = {
      properties: recomputeProperties(config),
      readAt: (id) => readAt.get(id),
      reevaluate: reevaluation(portfolio, config, ctx, extra),
    };
    const recheck = full ? recheckEachBatch(cli, read) : recheckOnce(cli, read, plan.mark);
    written = await writeChanges(cli, evaluated, done, checkpoint, recheck);
  }
  const { changes, segments: counts } = tally;
  // A run with something that did not land stays open: `--resume` (or the next run) sends it again.
  const landed = written.notWritten + synced.notCreated + closing.notClosed === 0;
  const runFacts = {
    ownWrites: ownWrites(portfolio, changes, recomputeProperties(config)),
    now: manifest.now,
    configVersion: settings.version,
    timeZone: manifest.timeZone,
    syncTasks: manifest.syncTasks,
  };
  if (!options.dryRun && landed && plan.mode === 'full') {
    const cursor = nextCursor(
      { atMs: manifest.changeMarkMs ?? 0 },
      {
        ...runFacts,
        fullAt: manifest.now,
        companies: portfolio.companies.length,
        paretoCutoffs: cutoffs ?? null,
      },
    );
    await saveRunSnapshot(cli, portfolio, changes, settings, ctx, cursor);
    store.finish(manifest);
  }
  const cursor = run.snapshot?.cursor;
  // Not landed: the cursor stays, so the next run reads these companies again.
  if (!options.dryRun && landed && plan.mode === 'incremental' && run.snapshot && cursor)
    await saveRunCursor(
      cli,
      run.snapshot,
      settings,
      nextCursor(plan.mark, { ...cursor, ...runFacts }),
    );
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
    ranAs: plan.mode,
    fullBecause: plan.mode === 'full' ? plan.fullBecause : null,
    changes: plan.mode === 'incremental' ? plan.counts : null,
  };
}
