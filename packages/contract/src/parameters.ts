import { z } from 'zod';
import {
  isCalendarDate,
  parseStepKey,
  stepKey,
  rationaleMaxLength,
  segmentSchema,
} from '@care-model/core';

const companyId = z
  .string({ error: 'companyId is required.' })
  .regex(/^\d{1,20}$/, 'companyId must be a HubSpot record id (digits).');
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date in the form YYYY-MM-DD.')
  .refine(isCalendarDate, 'Use a real calendar date (YYYY-MM-DD).');
const note = z.string().trim().max(2000, 'Keep the note under 2,000 characters.');
/** Who acts, as the card reports it (attribution only: it is client-supplied). */
const actor = z
  .object({ userId: z.string().max(40).optional(), email: z.string().max(254).optional() })
  .strict()
  .optional();

/** The portal's time zone (`context.portal.timezone`): dates use it until the settings store one. */
const portalTimeZone = z.string().max(64).optional();

/** The admin key the settings page asks for; the function compares it with its secret (decision 0015). */
const adminKey = z.string().max(200).optional();

export const installFieldsParams = z
  .object({ dryRun: z.boolean().default(false), adminKey })
  .strict();

export const loadCareViewParams = z.object({ companyId, timeZone: portalTimeZone }).strict();

export const classifyCompanyParams = z.object({ companyId, timeZone: portalTimeZone }).strict();

export const saveAssessmentParams = z
  .object({
    companyId,
    /** Factor id → score 0–3, or null to mark it not assessed. */
    scores: z.record(
      z.string().max(40),
      z
        .number()
        .int('Scores are whole numbers.')
        .min(0, 'Scores are 0–3.')
        .max(3, 'Scores are 0–3.')
        .nullable(),
    ),
    rationale: z
      .string()
      .trim()
      .max(rationaleMaxLength, `Keep the rationale under ${rationaleMaxLength} characters.`),
    actor,
    timeZone: portalTimeZone,
  })
  .strict();

export const setOverrideParams = z
  .object({
    companyId,
    segment: segmentSchema,
    reason: z
      .string()
      .trim()
      .min(1, 'Give a reason for the override.')
      .max(500, 'Keep the reason under 500 characters.'),
    /** Defaults to one year from today. */
    until: isoDate.optional(),
    actor,
    timeZone: portalTimeZone,
  })
  .strict();

export const clearOverrideParams = z
  .object({ companyId, actor, timeZone: portalTimeZone })
  .strict();

export const activityKinds = ['review', 'check_in', 'plan_update'] as const;
export const recordActivityParams = z
  .object({
    companyId,
    kind: z.enum(activityKinds),
    /** Defaults to today in the portal's time zone. */
    date: isoDate.optional(),
    note: note.default(''),
    actor,
    timeZone: portalTimeZone,
  })
  .strict();

/** A step key as the core writes it (`stepKey`): company, rule and period. */
const nextStepKey = z
  .string()
  .max(200)
  .refine((key) => {
    const parts = parseStepKey(key);
    return parts !== null && stepKey(parts.companyId, parts.rule, parts.period) === key;
  }, 'Not a next-step key.');

/** The keys of the checklist items to turn into tasks: the function re-reads and re-evaluates the company. */
export const syncNextStepsParams = z
  .object({
    companyId,
    /** At most 100 per call; a key that is not a due next step of the company now is skipped. */
    keys: z
      .array(nextStepKey)
      .min(1, 'Choose at least one next step.')
      .max(100, 'At most 100 next steps per call.'),
  })
  .strict()
  .superRefine((params, check) => {
    for (const [index, key] of params.keys.entries())
      if (parseStepKey(key)?.companyId !== params.companyId)
        check.addIssue({
          code: 'custom',
          path: ['keys', index],
          message: `"${key}" is not a next step of company ${params.companyId}.`,
        });
  });

export const getSettingsParams = z.object({ includeHistory: z.boolean().default(false) }).strict();

export const saveSettingsParams = z
  .object({
    config: z.custom<NonNullable<unknown>>((value) => value !== null && value !== undefined, {
      message: 'Send the whole config to save.',
    }),
    /** The version the admin edited; a newer stored version means someone else saved first. */
    expectedVersion: z.number().int().min(0),
    /** Only compute the impact ("N companies would change segment"); write nothing. */
    previewOnly: z.boolean().default(false),
    /** The portal's time zone (`context.portal.timezone`), stored with the settings (decision 0008). */
    timeZone: z.string().max(64).optional(),
    actor,
    adminKey,
  })
  .strict();

export const portfolioSummaryParams = z.object({ timeZone: portalTimeZone }).strict();

/**
 * The in-app portfolio recompute (decision 0018): `status` reads the run, `start` starts one (or
 * continues the unfinished one), `step` does the next bounded step. `syncTasks` is read at a start.
 */
export const recomputePortfolioParams = z
  .object({
    action: z.enum(['status', 'start', 'step']),
    syncTasks: z.boolean().default(false),
    timeZone: portalTimeZone,
    adminKey,
  })
  .strict();
