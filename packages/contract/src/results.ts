import { z } from 'zod';
import {
  configSchema,
  dueStatusSchema,
  potentialBandSchema,
  ruleIdSchema,
  segmentSchema,
  taskPrioritySchema,
  taskTypeSchema,
  valueClassSchema,
  type CareView,
  type PortfolioSummary,
} from '@care-model/core';
import type { FunctionName } from './functions';

// Function answers are outside data for the cards: these schemas check them, and the result types
// come from them. The core's views keep their own types; the schemas are held to them.

const text = z.object({ en: z.string(), fi: z.string() });
const date = z.string().nullable();

const classificationSchema = z.object({
  value: z.object({
    source: z.enum(['deals', 'property']),
    amount: z.number().nullable(),
    valueClass: valueClassSchema.nullable(),
    windowDays: z.number().nullable(),
  }),
  potential: z.object({
    factors: z.array(
      z.object({
        id: z.string(),
        label: text,
        score: z.number().nullable(),
        required: z.boolean(),
        computed: z.boolean(),
      }),
    ),
    score: z.number().nullable(),
    maxScore: z.number(),
    band: potentialBandSchema.nullable(),
    assessedAt: date,
    rationale: z.string().nullable(),
    missingFactors: z.array(z.string()),
  }),
  computedSegment: segmentSchema,
  override: z
    .object({ segment: segmentSchema, reason: z.string(), until: z.string(), active: z.boolean() })
    .nullable(),
  segment: segmentSchema,
  unidentifiedReasons: z.array(z.enum(['potential_not_assessed', 'value_missing'])),
  cell: z.object({ valueClass: valueClassSchema, band: potentialBandSchema }).nullable(),
  explanation: text,
});

const cycle = z.number().nullable();

const careViewSchema: z.ZodType<CareView> = z.object({
  companyId: z.string(),
  classification: classificationSchema,
  carePlan: z.object({
    serviceLevel: text,
    contactCadenceDays: cycle,
    reviewCycleMonths: cycle,
    planRequired: z.boolean(),
    checkInCycleMonths: cycle,
    reassessCycleMonths: cycle,
  }),
  dates: z.object({
    lastContactAt: date,
    nextContactDue: date,
    contactStatus: dueStatusSchema.nullable(),
    lastReviewAt: date,
    nextReviewDue: date,
    reviewStatus: dueStatusSchema.nullable(),
    planUpdatedAt: date,
    planDue: date,
    planStatus: z.enum(['not_required', 'missing', 'stale', 'current']),
    lastCheckInAt: date,
    nextCheckInDue: date,
    checkInStatus: dueStatusSchema.nullable(),
    reassessDue: date,
    reassessStatus: dueStatusSchema.nullable(),
  }),
  checklist: z.array(
    z.object({
      rule: ruleIdSchema,
      key: z.string(),
      title: text,
      dueDate: z.string(),
      taskType: taskTypeSchema,
      priority: taskPrioritySchema,
      ownerId: z.string().nullable(),
      state: z.enum(['suggested', 'open', 'done']),
      taskId: z.string().nullable(),
    }),
  ),
  kpi: z.record(z.string(), z.string()),
});

const percent = z.number().nullable();
const ownerKpisSchema = z.object({
  ownerId: z.string().nullable(),
  count: z.number(),
  valueAmount: z.number(),
  cadenceCompliance: percent,
  planCoverage: percent,
  nextStepCoverage: percent,
  overdueReviews: z.number(),
  unidentifiedShare: percent,
});
const entrySchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  segment: segmentSchema,
});

export const portfolioSummarySchema: z.ZodType<PortfolioSummary> = z.object({
  today: z.string(),
  segments: z.object({
    rows: z.array(z.object({ segment: segmentSchema, count: z.number(), valueAmount: z.number() })),
    nativeReport: text,
  }),
  matrix: z.object({
    cells: z.array(
      z.object({
        valueClass: valueClassSchema,
        band: potentialBandSchema,
        count: z.number(),
        valueAmount: z.number(),
      }),
    ),
    nativeReport: text,
  }),
  owners: z.object({
    rows: z.array(ownerKpisSchema),
    total: ownerKpisSchema,
    nativeReports: z.object({
      cadenceCompliance: text,
      planCoverage: text,
      nextStepCoverage: text,
      overdueReviews: text,
      unidentifiedShare: text,
    }),
  }),
  unidentifiedBacklog: z.object({ companies: z.array(entrySchema), nativeReport: text }),
  recentChanges: z.object({
    companies: z.array(entrySchema.extend({ changedAt: z.string() })),
    nativeReport: text,
  }),
});

const companySummarySchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
});
export type CompanySummary = z.infer<typeof companySummarySchema>;

/** One planned or applied change of `install_fields`. */
const installChangeSchema = z.object({
  kind: z.enum([
    'create_group',
    'create_property',
    'update_property',
    'create_schema',
    'update_schema',
  ]),
  objectType: z.string(),
  name: z.string(),
  /** What differs, for updates (e.g. "options: + strategic"). */
  detail: z.string().optional(),
});
export type InstallChange = z.infer<typeof installChangeSchema>;

const careViewDataShape = {
  company: companySummarySchema,
  config: configSchema,
  view: careViewSchema,
  timeZone: z.string(),
  /** Who set the override (`care_override_set_by`, as the card reported the actor); `at` when known. */
  overrideSetBy: z.object({ name: z.string().nullable(), at: z.string().nullable() }).nullish(),
};
const careViewDataSchema = z.object(careViewDataShape);
export type CareViewData = z.infer<typeof careViewDataSchema>;

/** After a write: the fresh view and the property names that were written. */
const writeDataSchema = z.object({ ...careViewDataShape, written: z.array(z.string()) });
export type WriteData = z.infer<typeof writeDataSchema>;

const settingsVersionSchema = z.object({
  version: z.number(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
});
export type SettingsVersion = z.infer<typeof settingsVersionSchema>;

const settingsDataSchema = settingsVersionSchema.extend({
  config: configSchema,
  history: z.array(settingsVersionSchema),
});
export type SettingsData = z.infer<typeof settingsDataSchema>;

const settingsImpactSchema = z.object({
  /** False when the time limit stopped the read before every company was seen (absent: complete). */
  complete: z.boolean().optional(),
  companiesRead: z.number(),
  companiesChanging: z.number(),
  transitions: z.array(z.object({ from: segmentSchema, to: segmentSchema, count: z.number() })),
});
export type SettingsImpact = z.infer<typeof settingsImpactSchema>;

const portfolioSummaryDataSchema = z.object({
  /** Where the numbers come from: a live read, or the snapshot the portfolio recompute keeps. */
  source: z.enum(['live', 'snapshot']),
  asOf: z.string(),
  companies: z.number(),
  summary: portfolioSummarySchema,
  /** The config the figures were computed with: segment and band labels, currency. */
  config: configSchema.optional(),
  /** Owner id → display name, for the KPI rows (ids without a name are shown as ids). */
  ownerNames: z.record(z.string(), z.string()).optional(),
});
export type PortfolioSummaryData = z.infer<typeof portfolioSummaryDataSchema>;

const dataSchemas = {
  install_fields: z.object({
    dryRun: z.boolean(),
    changes: z.array(installChangeSchema),
    /** Changes one call could not make in its 10 s; running the install again continues. */
    remaining: z.array(installChangeSchema).optional(),
  }),
  load_care_view: careViewDataSchema,
  classify_company: writeDataSchema,
  save_assessment: writeDataSchema,
  set_override: writeDataSchema,
  clear_override: writeDataSchema,
  record_activity: writeDataSchema,
  /** No fresh view: creating tasks stays within 3 HubSpot calls; the card reloads the view after. */
  sync_next_steps: z.object({
    created: z.array(z.object({ key: z.string(), taskId: z.string() })),
    /** Already claimed by an earlier or a concurrent call; the task id when it is known. */
    existing: z.array(z.object({ key: z.string(), taskId: z.string().nullable() })),
    failed: z.array(z.object({ key: z.string(), message: z.string() })),
  }),
  get_settings: settingsDataSchema,
  save_settings: z.object({
    saved: z.boolean(),
    version: z.number(),
    /** Only with `previewOnly`: a save does not read the portfolio. */
    impact: settingsImpactSchema.optional(),
  }),
  portfolio_summary: portfolioSummaryDataSchema,
} satisfies { [N in FunctionName]: z.ZodType };

/** The data each function answers with when `ok`. */
export type FunctionData = { [N in FunctionName]: z.infer<(typeof dataSchemas)[N]> };

/** The schema of each function's `data`, checked by the cards before they render it. */
export const functionDataSchemas: { [N in FunctionName]: z.ZodType<FunctionData[N]> } = dataSchemas;
