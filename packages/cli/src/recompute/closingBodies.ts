import {
  closedTaskBody,
  isOpenTask,
  isUntouched,
  type CareConfig,
  type TaskClosure,
} from '@care-model/core';
import { taskProperties } from '@care-model/hubspot';
import { batchRead } from '../hubspot/batchRead';
import type { CliClient } from '../hubspot/cliClient';
import { compact } from './readPortfolio';

/**
 * The closures with their tasks' own bodies: a task known from a memo only is read first, and left
 * open if it is gone or a person touched it since.
 */
export async function closingBodies(
  cli: CliClient,
  closures: readonly TaskClosure[],
  memoTasks: ReadonlySet<string>,
  config: CareConfig,
): Promise<TaskClosure[]> {
  const unread = closures.filter((closure) => memoTasks.has(closure.taskId));
  if (unread.length === 0) return [...closures];
  const ids = unread.map((closure) => closure.taskId);
  const read = await batchRead(cli, 'tasks', ids, taskProperties);
  const tasks = new Map(read.map((task) => [task.id, compact(task, false)]));
  return closures.flatMap((closure) => {
    if (!memoTasks.has(closure.taskId)) return [closure];
    const task = tasks.get(closure.taskId);
    if (!task || !isOpenTask(task) || !isUntouched(task)) return [];
    const body = closedTaskBody(closure.reason, config, task.properties.hs_task_body ?? '');
    return [{ ...closure, properties: { ...closure.properties, hs_task_body: body } }];
  });
}
