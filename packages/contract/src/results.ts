import { z } from 'zod';
import {
  careViewSchema,
  configSchema,
  portfolioSummarySchema,
  segmentImpactSchema,
  taskTypeSchema,
  timeZoneSchema,
} from '@care-model/core';
import type { FunctionName } from './functions';

// Function answers are outside data for the cards: these schemas check them, and the result types
// come from them. The core's views are the core's own schemas, composed here, never restated.

export { portfolioSummarySchema };

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
    'record_task_types',
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
  timeZone: timeZoneSchema,
  /** Who set the override (`care_override_set_by`, as the card reported the actor); `at` when known. */
  overrideSetBy: z.object({ name: z.string().nullable(), at: z.string().nullable() }).nullish(),
  /** Pareto mode: the value class is the one the portfolio recompute stored (the amount is live). */
  valueClassFromRecompute: z.boolean(),
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
  /** The task types the portal offers (what the install read); the settings page offers only these. */
  taskTypes: z.array(taskTypeSchema),
});
export type SettingsData = z.infer<typeof settingsDataSchema>;

const settingsImpactSchema = segmentImpactSchema.unwrap().extend({
  /** False when the time limit stopped the read before every company was seen (absent: complete). */
  complete: z.boolean().optional(),
  companiesRead: z.number(),
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

const segmentCountsSchema = z.object({
  key: z.number().int(),
  develop: z.number().int(),
  retain: z.number().int(),
  unidentified: z.number().int(),
});

/** An in-app portfolio recompute as stored in the portal between its steps (decision 0018). */
export const recomputeRunSchema = z.object({
  /** Numbered per config version; the number is claimed, so two starts make one run. */
  run: z.number().int().positive(),
  configVersion: z.number().int().nonnegative(),
  /** `values`: Pareto mode's first pass; `companies`: evaluate, write, tally the home page's figures. */
  phase: z.enum(['values', 'companies', 'done']),
  syncTasks: z.boolean(),
  /** Companies in the portal when the run started. */
  total: z.number().int().nonnegative(),
  /** Pages of 100 companies done, and all the run needs (both passes in Pareto mode). */
  pagesDone: z.number().int().nonnegative(),
  pagesTotal: z.number().int().positive(),
  steps: z.number().int().nonnegative(),
  /** Time spent inside the steps so far. */
  elapsedMs: z.number().nonnegative(),
  evaluated: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  segments: segmentCountsSchema,
  tasksCreated: z.number().int().nonnegative(),
  tasksClosed: z.number().int().nonnegative(),
  tasksHeldBack: z.number().int().nonnegative(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** `skipped`: the snapshot would pass a HubSpot property's size (about 300 owners fit). */
  snapshot: z.enum(['saved', 'skipped']).nullable(),
});
export type RecomputeRun = z.infer<typeof recomputeRunSchema>;

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
  /** The fresh view, with the tasks this call made and what it left. */
  sync_next_steps: z.object({
    ...careViewDataShape,
    created: z.array(z.object({ key: z.string(), taskId: z.string() })),
    /** Already a task, or claimed by an earlier or a concurrent call; the task id when it is known. */
    existing: z.array(z.object({ key: z.string(), taskId: z.string().nullable() })),
    failed: z.array(z.object({ key: z.string(), message: z.string() })),
    /** Keys that are no due next step of the company now (unknown, or no longer due): nothing made. */
    skipped: z.array(z.string()),
  }),
  get_settings: settingsDataSchema,
  save_settings: z.object({
    saved: z.boolean(),
    version: z.number(),
    /** Only with `previewOnly`: a save does not read the portfolio. */
    impact: settingsImpactSchema.optional(),
  }),
  portfolio_summary: portfolioSummaryDataSchema,
  recompute_portfolio: z.object({
    /** The run of the config in force (the last one when none is under way); null: none yet. */
    run: recomputeRunSchema.nullable(),
    /** Another admin's step is running: ask again in a moment. */
    busy: z.boolean(),
    /** Seconds the rest should take at the pace so far; null before the first page. */
    secondsLeft: z.number().nonnegative().nullable(),
  }),
} satisfies { [N in FunctionName]: z.ZodType };

/** The data each function answers with when `ok`. */
export type FunctionData = { [N in FunctionName]: z.infer<(typeof dataSchemas)[N]> };

/** The schema of each function's `data`, checked by the cards before they render it. */
export const functionDataSchemas: { [N in FunctionName]: z.ZodType<FunctionData[N]> } = dataSchemas;
