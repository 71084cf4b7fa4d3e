import { z } from 'zod';
import {
  potentialBandSchema,
  segmentSchema,
  valueClassSchema,
  viewTextSchema,
} from '../config/vocabulary';

/** The value side of the matrix. `amount` null = insufficient data (never class 3 by default). */
export const valueAssessmentSchema = z
  .object({
    source: z.enum(['deals', 'property']),
    amount: z.number().nullable(),
    valueClass: valueClassSchema.nullable(),
    /** Deals mode: the trailing window; property mode: null. */
    windowDays: z.number().nullable(),
  })
  .readonly();
export type ValueAssessment = z.infer<typeof valueAssessmentSchema>;

export const factorAssessmentSchema = z
  .object({
    id: z.string(),
    label: viewTextSchema,
    /** 0–3, or null when not assessed. */
    score: z.number().nullable(),
    required: z.boolean(),
    computed: z.boolean(),
  })
  .readonly();
export type FactorAssessment = z.infer<typeof factorAssessmentSchema>;

export const potentialAssessmentSchema = z
  .object({
    factors: z.array(factorAssessmentSchema).readonly(),
    /** Sum of the assessed factors; null when no factor is assessed. */
    score: z.number().nullable(),
    maxScore: z.number(),
    /** Null while a required factor is not assessed. */
    band: potentialBandSchema.nullable(),
    /** Calendar date (YYYY-MM-DD) of the last assessment, if known. */
    assessedAt: z.string().nullable(),
    rationale: z.string().nullable(),
    /** Ids of required factors that are not assessed. */
    missingFactors: z.array(z.string()).readonly(),
  })
  .readonly();
export type PotentialAssessment = z.infer<typeof potentialAssessmentSchema>;

export const overrideStateSchema = z
  .object({
    segment: segmentSchema,
    reason: z.string(),
    /** Calendar date (YYYY-MM-DD) until which the override holds (inclusive). */
    until: z.string(),
    /** False once `until` has passed: the computed segment is effective again. */
    active: z.boolean(),
  })
  .readonly();
export type OverrideState = z.infer<typeof overrideStateSchema>;

export const unidentifiedReasonSchema = z.enum(['potential_not_assessed', 'value_missing']);
export type UnidentifiedReason = z.infer<typeof unidentifiedReasonSchema>;

/** The outcome of value × potential for one company. */
export const classificationSchema = z
  .object({
    value: valueAssessmentSchema,
    potential: potentialAssessmentSchema,
    computedSegment: segmentSchema,
    override: overrideStateSchema.nullable(),
    /** The effective segment: the live override, else the computed segment. */
    segment: segmentSchema,
    unidentifiedReasons: z.array(unidentifiedReasonSchema).readonly(),
    /** The company's matrix cell; null when unidentified. */
    cell: z
      .object({ valueClass: valueClassSchema, band: potentialBandSchema })
      .readonly()
      .nullable(),
    /** e.g. "Value class 2 (€48,200 in 12 months) · potential 4/9 (Upsell 2, Development 2, Internal value 0) → Develop". */
    explanation: viewTextSchema,
  })
  .readonly();
export type Classification = z.infer<typeof classificationSchema>;
