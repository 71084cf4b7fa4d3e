import { readStepKey, type TaskInput, type TaskProperties } from '@care-model/core';
import {
  claimKey,
  claimKeys,
  releaseClaims,
  type StepRef,
  createStepTasks,
  findStepTasks,
} from '@care-model/hubspot';
import { isUnanswered, TargetFailure, type CliClient } from '../hubspot/cliClient';
import { output } from '../output';
import type { CheckpointEntry, StepTask } from './checkpointEntry';

/** A due next step to become a task. */
export interface Step extends StepRef {
  properties: TaskProperties;
}

/** What the sync did: tasks of the steps (created or found), how many it created, how many it left. */
export interface SyncResult {
  tasks: StepTask[];
  created: number;
  claimedElsewhere: number;
}

/** How often a batch whose create went unanswered is checked and completed. */
const createAttempts = 4;

/**
 * Creates the tasks of `owned` steps (claimed by this run), after looking for tasks already made
 * for them when `check` is set: a create this run sent before it was killed, or one left unanswered.
 */
async function createOwned(
  cli: CliClient,
  owned: readonly Step[],
  check: boolean,
): Promise<StepTask[]> {
  const tasks: StepTask[] = [];
  let rest = owned;
  for (let attempt = 1; rest.length > 0; attempt += 1) {
    if (check || attempt > 1) {
      const companyIds = [...new Set(rest.map((s) => s.companyId))];
      const found = await cli.call((client) => findStepTasks(client, companyIds));
      for (const step of rest) {
        const task = found.get(step.key);
        if (task) tasks.push({ key: step.key, companyId: step.companyId, taskId: task.id });
      }
      rest = rest.filter((step) => !found.has(step.key));
    }
    try {
      const { created } = await cli.callOnce((client) => createStepTasks(client, rest));
      for (const task of created) {
        const step = rest.find((s) => s.key === readStepKey(task.properties.hs_task_body));
        if (step) tasks.push({ key: step.key, companyId: step.companyId, taskId: task.id });
      }
      return tasks;
    } catch (caught) {
      const unanswered = caught instanceof TargetFailure && isUnanswered(caught.failure);
      if (!unanswered || attempt >= createAttempts) throw caught;
    }
  }
  return tasks;
}

/**
 * Turns the due steps into tasks, 100 per batch: claim the keys (decision 0007), create the tasks of
 * the keys claimed, checkpoint. Keys this run claimed before a kill are held by its own claims: they
 * are checked for a task (the marker in the body) and completed, so a resume never duplicates a task.
 */
export async function syncTasks(
  cli: CliClient,
  steps: readonly Step[],
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<SyncResult> {
  const claiming = new Set(done.flatMap((e) => (e.kind === 'claiming' ? e.keys : [])));
  const finished = new Map(done.flatMap((e) => (e.kind === 'tasks' ? [[e.batch, e.tasks]] : [])));
  const result: SyncResult = { tasks: [], created: 0, claimedElsewhere: 0 };
  const progress = output.progress('Creating tasks', steps.length);
  for (let index = 0; index * 100 < steps.length; index += 1) {
    const batch = steps.slice(index * 100, index * 100 + 100);
    const recorded = finished.get(index);
    if (recorded) {
      result.tasks.push(...recorded);
      continue;
    }
    checkpoint({ kind: 'claiming', batch: index, keys: batch.map((s) => s.key) });
    const claims = await cli.call((client) => claimKeys(client, batch));
    const claimed = new Set(claims.claimed.map(claimKey));
    const held = new Set(claims.taken.map(claimKey));
    const ours = batch.filter((s) => held.has(s.key) && claiming.has(s.key));
    const fresh = batch.filter((s) => claimed.has(s.key));
    const tasks = [
      ...(await createOwned(cli, ours, true)),
      ...(await createOwned(cli, fresh, false)),
    ];
    // A 207 on the create leaves claims without a task: give them back, as the app functions do.
    const untasked = claims.claimed.filter((c) => !tasks.some((t) => t.key === claimKey(c)));
    await cli.call((client) => releaseClaims(client, untasked)).catch(() => undefined);
    checkpoint({ kind: 'tasks', batch: index, tasks });
    result.tasks.push(...tasks);
    result.created += tasks.length;
    result.claimedElsewhere += held.size - ours.length;
    progress.update(Math.min(steps.length, index * 100 + 100));
  }
  progress.stop();
  return result;
}

/** The steps' tasks as the core sees them (open, with the marker), by company. */
export function tasksByCompany(
  tasks: readonly StepTask[],
  steps: readonly Step[],
): Map<string, TaskInput[]> {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const byCompany = new Map<string, TaskInput[]>();
  for (const task of tasks) {
    const list = byCompany.get(task.companyId) ?? [];
    list.push({ id: task.taskId, properties: byKey.get(task.key)?.properties ?? {} });
    byCompany.set(task.companyId, list);
  }
  return byCompany;
}
