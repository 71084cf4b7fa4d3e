import type { LocalizedText, PotentialBand, Segment, ValueClass } from '../config/vocabulary';

/** The value side of the matrix. `amount` null = insufficient data (never class 3 by default). */
export interface ValueAssessment {
  readonly source: 'deals' | 'property';
  readonly amount: number | null;
  readonly valueClass: ValueClass | null;
  /** Deals mode: the trailing window; property mode: null. */
  readonly windowDays: number | null;
}

export interface FactorAssessment {
  readonly id: string;
  readonly label: LocalizedText;
  /** 0–3, or null when not assessed. */
  readonly score: number | null;
  readonly required: boolean;
  readonly computed: boolean;
}

export interface PotentialAssessment {
  readonly factors: readonly FactorAssessment[];
  /** Sum of the assessed factors; null when no factor is assessed. */
  readonly score: number | null;
  readonly maxScore: number;
  /** Null while a required factor is not assessed. */
  readonly band: PotentialBand | null;
  /** Calendar date (YYYY-MM-DD) of the last assessment, if known. */
  readonly assessedAt: string | null;
  readonly rationale: string | null;
  /** Ids of required factors that are not assessed. */
  readonly missingFactors: readonly string[];
}

export interface OverrideState {
  readonly segment: Segment;
  readonly reason: string;
  /** Calendar date (YYYY-MM-DD) until which the override holds (inclusive). */
  readonly until: string;
  /** False once `until` has passed: the computed segment is effective again. */
  readonly active: boolean;
}

export type UnidentifiedReason = 'potential_not_assessed' | 'value_missing';

/** The outcome of value × potential for one company. */
export interface Classification {
  readonly value: ValueAssessment;
  readonly potential: PotentialAssessment;
  readonly computedSegment: Segment;
  readonly override: OverrideState | null;
  /** The effective segment: the live override, else the computed segment. */
  readonly segment: Segment;
  readonly unidentifiedReasons: readonly UnidentifiedReason[];
  /** The company's matrix cell; null when unidentified. */
  readonly cell: { readonly valueClass: ValueClass; readonly band: PotentialBand } | null;
  /** e.g. "Value class 2 (€48,200 in 12 months) · potential 4/9 (Upsell 2, Development 2, Internal value 0) → Develop". */
  readonly explanation: LocalizedText;
}
