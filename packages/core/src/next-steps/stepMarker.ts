import type { TaskInput } from '../company/companyInput';
import { prop, readInstant, readText } from '../company/read';
import { parseStepKey } from './stepKey';

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

const closedPattern = /\[care-model-closed:([a-z-]+)\]/;

/** The marker the app writes into a task it closed itself, so KPIs count it apart from a person's done. */
export function closedMarker(reason: string): string {
  return `[care-model-closed:${reason}]`;
}

/** The reason the app closed this task, or null when a person completed it (or it is open). */
export function readClosedReason(body: string | null | undefined): string | null {
  return closedPattern.exec(body ?? '')?.[1] ?? null;
}

/**
 * True for an open task that documents a real next step: any open task but the app's own
 * "Document the next step" reminder (specification, section 4).
 */
export function documentsNextStep(task: TaskInput): boolean {
  const key = readStepKey(task.properties.hs_task_body);
  return isOpenTask(task) && (key === null || parseStepKey(key)?.rule !== 'no-next-step');
}

/** HubSpot stamps a create and its first save a moment apart; a later change was a person's. */
export const untouchedToleranceMs = 60 * 1000;

/**
 * True when no person has touched the task: still NOT_STARTED and not modified since it was created.
 * Without both timestamps a task counts as touched (the app never changes what it cannot vouch for).
 */
export function isUntouched(task: TaskInput): boolean {
  const { properties } = task;
  const status = prop(properties, 'hs_task_status', readText)?.toUpperCase();
  const created = prop(properties, 'hs_createdate', readInstant)?.getTime();
  const modified = prop(properties, 'hs_lastmodifieddate', readInstant)?.getTime();
  if (status !== 'NOT_STARTED' || created === undefined || modified === undefined) return false;
  return modified - created <= untouchedToleranceMs;
}
