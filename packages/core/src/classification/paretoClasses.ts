import type { ValueClass } from '../config/vocabulary';

/** One company of the portfolio, as Pareto mode sees it. */
export interface PortfolioValue {
  readonly id: string;
  readonly amount: number | null;
}

/** The shares of Pareto mode (S1). */
export interface ParetoShares {
  readonly aShare: number;
  readonly cShareOfCount: number;
}

// Absorbs floating-point error in cumulative sums and share × count products.
const epsilon = 1e-9;

/**
 * Pareto mode (S1): the smallest set of top companies making ≥ aShare of total value is class 1, the
 * bottom cShareOfCount by count (rounded down) is class 3, the rest class 2. Equal values always get
 * one class: ties at the class 1 boundary are class 1, ties across the class 3 boundary are class 2.
 * @example values 70, 10, 5, 4, 3, 3, 2, 1, 1, 1 with 0.65 / 0.8 → 70 is class 1, 10 class 2, the rest class 3
 */
export function paretoClasses(
  portfolio: readonly PortfolioValue[],
  shares: ParetoShares,
): Map<string, ValueClass | null> {
  const amounts = portfolio
    .map((c) => c.amount)
    .filter((a): a is number => a !== null)
    .sort((a, b) => b - a);
  const total = amounts.reduce((sum, a) => sum + a, 0);
  const class1Min = total > 0 ? class1Threshold(amounts, total * shares.aShare) : Infinity;
  const cCount = Math.floor(amounts.length * shares.cShareOfCount + epsilon);
  const lowestAboveC = amounts[amounts.length - cCount - 1];
  const classes = new Map<string, ValueClass | null>();
  for (const { id, amount } of portfolio) {
    if (amount === null) classes.set(id, null);
    else if (amount >= class1Min) classes.set(id, '1');
    else if (total <= 0 || lowestAboveC === undefined || amount < lowestAboveC)
      classes.set(id, '3');
    else classes.set(id, '2');
  }
  return classes;
}

/** The amount of the company that brings the descending cumulative sum to the target share. */
function class1Threshold(sortedDesc: readonly number[], target: number): number {
  let cumulative = 0;
  let threshold = Infinity;
  for (const amount of sortedDesc) {
    if (cumulative >= target * (1 - epsilon)) break;
    cumulative += amount;
    threshold = amount;
  }
  return threshold;
}
