import type { ValueClass } from '../config/vocabulary';

/** The amount thresholds of bands mode. */
export interface ValueBands {
  readonly class1Min: number;
  readonly class2Min: number;
}

/**
 * Bands mode: the value class of an amount; null amount = no value class (never class 3 by default).
 * @example valueClass(100000, { class1Min: 100000, class2Min: 20000 }) === '1'; valueClass(19999, …) === '3'
 */
export function valueClass(amount: number | null, bands: ValueBands): ValueClass | null {
  if (amount === null) return null;
  if (amount >= bands.class1Min) return '1';
  if (amount >= bands.class2Min) return '2';
  return '3';
}
