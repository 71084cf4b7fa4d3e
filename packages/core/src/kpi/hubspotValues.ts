const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 6 });

/**
 * A number as HubSpot takes it: plain digits, no exponent, no grouping.
 * @example hubspotNumber(48200) === '48200'; hubspotNumber(1e21) === '1000000000000000000000'
 */
export function hubspotNumber(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = plain.format(value);
  return text === '-0' ? '0' : text;
}

/** A datetime as ISO UTC; '' for an invalid date. */
export function hubspotDateTime(instant: Date): string {
  return Number.isFinite(instant.getTime()) ? instant.toISOString() : '';
}

/** A checkbox value. */
export function hubspotBool(value: boolean): string {
  return value ? 'true' : 'false';
}

/**
 * A whole percentage of a part; `empty` when there is nothing to measure.
 * @example percentOf(2, 3, 100) === 67
 */
export function percentOf(part: number, whole: number, empty: number): number;
export function percentOf(part: number, whole: number, empty: null): number | null;
export function percentOf(part: number, whole: number, empty: number | null): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : empty;
}
