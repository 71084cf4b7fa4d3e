import type { RawProperties } from './companyInput';

const plainNumber = /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/** A finite number from a HubSpot string, or null for empty and NaN-like input ("abc", "NaN", "Infinity"). */
export function readNumber(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || !plainNumber.test(raw)) return null;
  const value = Number(raw);
  return Number.isFinite(value) ? value : null;
}

/** A potential-factor score: an integer 0–3, else null ("not assessed"). */
export function readScore(raw: string | null | undefined): number | null {
  const value = readNumber(raw);
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 3 ? value : null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const epochMs = /^\d{10,15}$/;

/**
 * An instant from a HubSpot date or datetime value: ISO datetime, YYYY-MM-DD (midnight UTC, as HubSpot
 * stores dates) or epoch milliseconds; null for anything else.
 */
export function readInstant(raw: string | null | undefined): Date | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim();
  let ms: number;
  if (epochMs.test(text)) ms = Number(text);
  else if (isoDate.test(text)) ms = Date.parse(`${text}T00:00:00Z`);
  else if (isoInstant.test(text)) ms = Date.parse(text);
  else return null;
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * A calendar date (YYYY-MM-DD) from a HubSpot date property, which HubSpot keeps as midnight UTC.
 * @example readCalendarDate('2026-02-29') === null; readCalendarDate('1772323200000') === '2026-03-01'
 */
export function readCalendarDate(raw: string | null | undefined): string | null {
  const instant = readInstant(raw);
  if (!instant) return null;
  const text = instant.toISOString().slice(0, 10);
  const trimmed = raw?.trim() ?? '';
  return isoDate.test(trimmed) && trimmed !== text ? null : text;
}

/** A non-empty trimmed string, or null. */
export function readText(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  return text ? text : null;
}

/** One property of a company, read with one of the readers above. */
export function prop<T>(
  properties: RawProperties,
  name: string,
  reader: (raw: string | null | undefined) => T,
): T {
  return reader(Object.prototype.hasOwnProperty.call(properties, name) ? properties[name] : null);
}
