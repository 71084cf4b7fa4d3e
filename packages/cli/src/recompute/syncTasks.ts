import {
  parseStepKey,
  type CareConfig,
  type ChecklistItem,
  type EvaluationContext,
} from '@care-model/core';
import { syncStepTasks } from '@care-model/hubspot';
import { isUnanswered, TargetFailure, type CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import type { CheckpointEntry, StepTask } from './checkpointEntry';

/** What the sync did: tasks of the steps (created or found), how many it created, how many it left. */
export interface SyncResult {
  tasks: StepTask[];
  created: number;
  claimedElsewhere: number;
}

const unanswered = (caught: unknown) =>
  caught instanceof TargetFailure && isUnanswered(caught.failure);

/**
 * Turns the due next steps into tasks, 100 per batch, with the functions' routine (decision 0007),
 * checkpointed around each batch. Keys this run claimed before a kill are its own: their tasks are
 * looked up by the marker and completed, so a resume never duplicates a task.
 */
export async function syncTasks(
  cli: CliClient,
  items: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<SyncResult> {
  const owned = new Set(done.flatMap((e) => (e.kind === 'claiming' ? e.keys : [])));
  const finished = new Map(done.flatMap((e) => (e.kind === 'tasks' ? [[e.batch, e.tasks]] : [])));
  const result: SyncResult = { tasks: [], created: 0, claimedElsewhere: 0 };
  const progress = output.progress('Creating tasks', items.length);
  for (let index = 0; index * 100 < items.length; index += 1) {
    const batch = items.slice(index * 100, index * 100 + 100);
    const recorded = finished.get(index);
    if (recorded) {
      result.tasks.push(...recorded);
      continue;
    }
    checkpoint({ kind: 'claiming', batch: index, keys: batch.map((item) => item.key) });
    const synced = await syncStepTasks(cli, batch, config, ctx, {
      reclaimStale: false,
      owned,
      isUnanswered: unanswered,
    });
    const tasks = synced.created.map(({ key, taskId }) => ({
      key,
      companyId: parseStepKey(key)?.companyId ?? '',
      taskId,
    }));
    checkpoint({ kind: 'tasks', batch: index, tasks });
    result.tasks.push(...tasks);
    result.created += tasks.length;
    result.claimedElsewhere += synced.existing.length;
    progress.update(Math.min(items.length, index * 100 + 100));
  }
  progress.stop();
  return result;
}
