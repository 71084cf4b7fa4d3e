import { z } from 'zod';
import { classificationSchema } from '../classification/classification';
import { carePlanSchema } from '../config/carePlansSchema';
import { dueStatusSchema } from '../config/vocabulary';
import { kpiFieldsSchema } from '../kpi/kpiFieldsSchema';
import { checklistItemSchema } from '../next-steps/checklistItem';
import { companyScopeSchema } from '../scope/companyScope';

export const planStatusSchema = z.enum(['not_required', 'missing', 'stale', 'current']);
export type PlanStatus = z.infer<typeof planStatusSchema>;

const date = z.string().nullable();

/** The care plan's dates, as calendar dates (YYYY-MM-DD) in the portal's time zone. */
export const careDatesSchema = z
  .object({
    lastContactAt: date,
    nextContactDue: date,
    /** Null when the segment has no cadence (unidentified). */
    contactStatus: dueStatusSchema.nullable(),
    lastReviewAt: date,
    nextReviewDue: date,
    reviewStatus: dueStatusSchema.nullable(),
    planUpdatedAt: date,
    planDue: date,
    planStatus: planStatusSchema,
    lastCheckInAt: date,
    nextCheckInDue: date,
    checkInStatus: dueStatusSchema.nullable(),
    reassessDue: date,
    reassessStatus: dueStatusSchema.nullable(),
  })
  .readonly();
export type CareDates = z.infer<typeof careDatesSchema>;

/** Everything a company card shows, and everything a recompute writes. */
export const careViewSchema = z
  .object({
    companyId: z.string(),
    /** Out of scope: the checklist is empty and every KPI field is '' (cleared). */
    scope: companyScopeSchema,
    classification: classificationSchema,
    carePlan: carePlanSchema,
    dates: careDatesSchema,
    checklist: z.array(checklistItemSchema).readonly(),
    kpi: kpiFieldsSchema,
  })
  .readonly();
export type CareView = z.infer<typeof careViewSchema>;
