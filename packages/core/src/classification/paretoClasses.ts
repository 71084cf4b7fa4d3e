import { z } from 'zod';
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

/** Where Pareto mode (S1) draws its lines: a company's class depends on its amount and these alone. */
export const paretoCutoffsSchema = z.object({
  /** The smallest amount of class 1; null when no amount is positive (nothing is class 1). */
  class1Min: z.number().nullable(),
  /** The smallest amount above the class 3 share; null when every amount is class 3. */
  lowestAboveC: z.number().nullable(),
  total: z.number(),
});
export type ParetoCutoffs = z.infer<typeof paretoCutoffsSchema>;

/** The cutoffs of a portfolio's amounts (nulls, i.e. companies without a value, left out). */
export function paretoCutoffs(amounts: readonly number[], shares: ParetoShares): ParetoCutoffs {
  const sorted = [...amounts].sort((a, b) => b - a);
  const total = sorted.reduce((sum, a) => sum + a, 0);
  const class1Min = total > 0 ? class1Threshold(sorted, total * shares.aShare) : Infinity;
  const cCount = Math.floor(sorted.length * shares.cShareOfCount + epsilon);
  const lowestAboveC = sorted[sorted.length - cCount - 1];
  return {
    class1Min: Number.isFinite(class1Min) ? class1Min : null,
    lowestAboveC: lowestAboveC ?? null,
    total,
  };
}

/** The class of one amount under the cutoffs (equal amounts always get one class). */
export function paretoClassOf(amount: number | null, cutoffs: ParetoCutoffs): ValueClass | null {
  const { class1Min, lowestAboveC, total } = cutoffs;
  if (amount === null) return null;
  if (class1Min !== null && amount >= class1Min) return '1';
  if (total <= 0 || lowestAboveC === null || amount < lowestAboveC) return '3';
  return '2';
}

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
  const amounts = portfolio.map((c) => c.amount).filter((a): a is number => a !== null);
  const cutoffs = paretoCutoffs(amounts, shares);
  return new Map(portfolio.map(({ id, amount }) => [id, paretoClassOf(amount, cutoffs)]));
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
