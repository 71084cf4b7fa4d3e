import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import { isTimeZone } from './timeZone';

/** A calendar date, 'YYYY-MM-DD'. */
export type CalendarDate = string;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const utc = tz('UTC');

// An Intl.DateTimeFormat per call cost 0.3 ms and native memory freed only by a full GC (6 GB RSS at 100 000 companies).
const checkedZones = new Map<string, string>();

/** The time zone itself when the platform knows it, else UTC (a bad portal setting never throws). */
export function portalZone(timeZone: string): string {
  let zone = checkedZones.get(timeZone);
  if (zone === undefined) {
    zone = isTimeZone(timeZone) ? timeZone : 'UTC';
    checkedZones.set(timeZone, zone);
  }
  return zone;
}

// Calendar arithmetic runs on UTC noon, so neither DST nor the machine's time zone can shift a date.
function noonOf(date: CalendarDate): TZDate | null {
  const match = datePattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const noon = new TZDate(year, month - 1, day, 12, 'UTC');
  return noon.getFullYear() === year && noon.getMonth() === month - 1 && noon.getDate() === day
    ? noon
    : null;
}

function dateText(noon: Date, fallback: CalendarDate): CalendarDate {
  return Number.isFinite(noon.getTime()) ? format(noon, 'yyyy-MM-dd', { in: utc }) : fallback;
}

/**
 * True for a real calendar date written 'YYYY-MM-DD'.
 * @example isCalendarDate('2028-02-29') === true; isCalendarDate('2026-02-29') === false
 */
export function isCalendarDate(text: string): boolean {
  return noonOf(text) !== null;
}

/**
 * The calendar date of an instant in a time zone; null for an invalid instant or a year past 9999.
 * @example calendarDateOf(new Date('2026-03-31T23:30:00Z'), 'Europe/Helsinki') === '2026-04-01'
 */
export function calendarDateOf(instant: Date, timeZone: string): CalendarDate | null {
  if (!Number.isFinite(instant.getTime())) return null;
  const text = format(instant, 'yyyy-MM-dd', { in: tz(portalZone(timeZone)) });
  return isCalendarDate(text) ? text : null;
}

/** Today's calendar date in the portal's time zone. */
export function todayIn(now: Date, timeZone: string): CalendarDate {
  return calendarDateOf(now, timeZone) ?? '1970-01-01';
}

/**
 * A calendar date plus (or minus) whole days.
 * @example addDaysToDate('2026-01-31', 1) === '2026-02-01'
 */
export function addDaysToDate(date: CalendarDate, days: number): CalendarDate {
  const noon = noonOf(date);
  return noon ? dateText(addDays(noon, days), date) : date;
}

/**
 * A calendar date plus whole months, clamped to the month's last day as date-fns addMonths does.
 * @example addMonthsToDate('2026-01-31', 1) === '2026-02-28'; addMonthsToDate('2028-02-29', 12) === '2029-02-28'
 */
export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  const noon = noonOf(date);
  return noon ? dateText(addMonths(noon, months), date) : date;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two calendar dates, ignoring nulls. */
export function laterDate(a: CalendarDate | null, b: CalendarDate): CalendarDate;
export function laterDate(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null;
export function laterDate(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The first instant of a calendar date in a time zone (its midnight, or the first hour after a DST gap).
 * @example startOfDateIn('2026-11-03', 'Pacific/Auckland').toISOString() === '2026-11-02T11:00:00.000Z'
 */
export function startOfDateIn(date: CalendarDate, timeZone: string): Date {
  return new Date(instantOn(date, 0, timeZone));
}

/** The first day of the month after a calendar date's. */
export function firstOfNextMonth(date: CalendarDate): CalendarDate {
  return addMonthsToDate(`${monthOf(date)}-01`, 1);
}

/** The calendar month, 'YYYY-MM', of a calendar date. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/**
 * The instant of a wall-clock time on a calendar date in a time zone, as ISO UTC.
 * @example instantOn('2026-03-29', 9, 'Europe/Helsinki') === '2026-03-29T06:00:00.000Z'
 */
export function instantOn(date: CalendarDate, hour: number, timeZone: string): string {
  const noon = noonOf(date) ?? new TZDate(1970, 0, 1, 12, 'UTC');
  const local = new TZDate(
    noon.getFullYear(),
    noon.getMonth(),
    noon.getDate(),
    hour,
    0,
    0,
    portalZone(timeZone),
  );
  return new Date(local.getTime()).toISOString();
}
