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
import type { FunctionData } from './results';

// Function answers are outside data for the cards: these schemas check them, and `satisfies`
// keeps them in step with the result interfaces.

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

export const careViewSchema = z.object({
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
}) satisfies z.ZodType<CareView>;

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

export const portfolioSummarySchema = z.object({
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
}) satisfies z.ZodType<PortfolioSummary>;

const careViewDataShape = {
  company: z.object({
    id: z.string(),
    name: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
  }),
  config: configSchema,
  view: careViewSchema,
  timeZone: z.string(),
  overrideSetBy: z.object({ name: z.string().nullable(), at: z.string().nullable() }).nullish(),
};
const careViewDataSchema = z.object(careViewDataShape);
const writeDataSchema = z.object({ ...careViewDataShape, written: z.array(z.string()) });
const keyTask = z.object({ key: z.string(), taskId: z.string() });
const settingsVersionShape = {
  version: z.number(),
  savedAt: z.string().nullable(),
  savedBy: z.string().nullable(),
};

/** The schema of each function's `data`, checked by the cards before they render it. */
export const functionDataSchemas: { [N in FunctionName]: z.ZodType<FunctionData[N]> } = {
  install_fields: z.object({
    dryRun: z.boolean(),
    changes: z.array(
      z.object({
        kind: z.enum([
          'create_group',
          'create_property',
          'update_property',
          'create_schema',
          'update_schema',
        ]),
        objectType: z.string(),
        name: z.string(),
        detail: z.string().optional(),
      }),
    ),
  }),
  load_care_view: careViewDataSchema,
  classify_company: writeDataSchema,
  save_assessment: writeDataSchema,
  set_override: writeDataSchema,
  clear_override: writeDataSchema,
  record_activity: writeDataSchema,
  sync_next_steps: z.object({
    created: z.array(keyTask),
    existing: z.array(z.object({ key: z.string(), taskId: z.string().nullable() })),
    failed: z.array(z.object({ key: z.string(), message: z.string() })),
  }),
  get_settings: z.object({
    ...settingsVersionShape,
    config: configSchema,
    history: z.array(z.object(settingsVersionShape)),
  }),
  save_settings: z.object({
    saved: z.boolean(),
    version: z.number(),
    impact: z.object({
      complete: z.boolean().optional(),
      companiesRead: z.number(),
      companiesChanging: z.number(),
      transitions: z.array(z.object({ from: segmentSchema, to: segmentSchema, count: z.number() })),
    }),
  }),
  portfolio_summary: z.object({
    source: z.enum(['live', 'snapshot']),
    asOf: z.string(),
    companies: z.number(),
    summary: portfolioSummarySchema,
    config: configSchema.optional(),
    ownerNames: z.record(z.string(), z.string()).optional(),
  }),
};
