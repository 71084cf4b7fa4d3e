import type { TaskInput } from '../company/companyInput';
import { prop, readText } from '../company/read';

const markerPattern = /\[care-model:([^\]\s]+)\]/;

/**
 * The marker line that makes a task recognisable as the app's next step.
 * @example stepMarker('101:contact-due:2026-10-31') === '[care-model:101:contact-due:2026-10-31]'
 */
export function stepMarker(key: string): string {
  return `[care-model:${key}]`;
}

/** The next-step key in a task body, or null when the task is not the app's. */
export function readStepKey(body: string | null | undefined): string | null {
  return markerPattern.exec(body ?? '')?.[1] ?? null;
}

/** True while a task is not completed; any task counts, not only the app's. */
export function isOpenTask(task: TaskInput): boolean {
  return prop(task.properties, 'hs_task_status', readText)?.toUpperCase() !== 'COMPLETED';
}
