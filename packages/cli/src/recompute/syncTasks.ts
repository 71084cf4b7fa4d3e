import {
  parseStepKey,
  type CareConfig,
  type ChecklistItem,
  type EvaluationContext,
} from '@care-model/core';
import { syncStepTasks, type StepTaskSync } from '@care-model/hubspot';
import { isOutcomeUnknown, type CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import type { CheckpointEntry, StepTask } from './checkpointEntry';
import { isRecomputeClaim, runStamp } from './recomputeLease';

/** What the sync did: tasks of the steps (created or found), how many it created, how many it left. */
export interface SyncResult {
  tasks: StepTask[];
  created: number;
  claimedElsewhere: number;
  /** Steps HubSpot refused or left unanswered however often they were sent: no task yet. */
  notCreated: number;
}

/** Passes over a batch's steps that got no task (a 207, a claim read back only in part). */
const passes = 3;

async function syncBatch(
  cli: CliClient,
  batch: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
  options: { owned: ReadonlySet<string>; runId: string },
): Promise<StepTaskSync> {
  const result: StepTaskSync = { created: [], existing: [], failed: [] };
  let open = batch;
  for (let pass = 1; open.length > 0 && pass <= passes; pass += 1) {
    const synced = await syncStepTasks(cli, open, config, ctx, {
      reclaimStale: false,
      owned: options.owned,
      isUnanswered: isOutcomeUnknown,
      stamp: runStamp(options.runId),
      // The run holds the portal's lease: a recompute's claim without a task is left from a run that ended.
      ownsClaim: isRecomputeClaim,
    });
    result.created.push(...synced.created);
    result.existing.push(...synced.existing);
    const settled = new Set([...synced.created, ...synced.existing].map((step) => step.key));
    open = open.filter((item) => !settled.has(item.key));
  }
  result.failed = open.map((item) => item.key);
  return result;
}

/**
 * Turns the due next steps into tasks, 100 per batch, with the functions' routine (decision 0007),
 * checkpointed around each batch. Claims of this run (and of recompute runs that ended) are its own:
 * their tasks are looked up by the marker and completed, so neither a lost answer nor a resume
 * duplicates a task (decision 0017). A batch with steps left without a task is not checkpointed as
 * done: a resume syncs it again.
 */
export async function syncTasks(
  cli: CliClient,
  items: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
  run: { runId: string; done: readonly CheckpointEntry[] },
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<SyncResult> {
  const { done, runId } = run;
  const owned = new Set(done.flatMap((e) => (e.kind === 'claiming' ? e.keys : [])));
  const finished = new Map(done.flatMap((e) => (e.kind === 'tasks' ? [[e.batch, e.tasks]] : [])));
  const result: SyncResult = { tasks: [], created: 0, claimedElsewhere: 0, notCreated: 0 };
  const progress = output.progress('Creating tasks', items.length);
  for (let index = 0; index * 100 < items.length; index += 1) {
    const batch = items.slice(index * 100, index * 100 + 100);
    const recorded = finished.get(index);
    if (recorded) {
      result.tasks.push(...recorded);
      continue;
    }
    checkpoint({ kind: 'claiming', batch: index, keys: batch.map((item) => item.key) });
    const synced = await syncBatch(cli, batch, config, ctx, { owned, runId });
    const tasks = synced.created.map(({ key, taskId }) => ({
      key,
      companyId: parseStepKey(key)?.companyId ?? '',
      taskId,
    }));
    if (synced.failed.length === 0) checkpoint({ kind: 'tasks', batch: index, tasks });
    result.tasks.push(...tasks);
    result.created += tasks.length;
    result.claimedElsewhere += synced.existing.length;
    result.notCreated += synced.failed.length;
    progress.update(Math.min(items.length, index * 100 + 100));
  }
  progress.stop();
  return result;
}
