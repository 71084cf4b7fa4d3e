import type { DueStatus } from '../config/vocabulary';
import { addDaysToDate, compareDates, type CalendarDate } from './calendar';

/** "Due soon" reaches this many days ahead of today (specification, section 3). */
export const dueSoonDays = 7;

/**
 * The status of a recurring obligation from its due date; a null due date means it never happened.
 * @example dueStatus('2026-11-08', '2026-11-01') === 'due_soon'; dueStatus('2026-10-31', '2026-11-01') === 'overdue'
 */
export function dueStatus(due: CalendarDate | null, today: CalendarDate): DueStatus {
  if (due === null) return 'none';
  if (compareDates(due, today) < 0) return 'overdue';
  if (compareDates(due, addDaysToDate(today, dueSoonDays)) <= 0) return 'due_soon';
  return 'on_track';
}
