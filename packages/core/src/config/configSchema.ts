import { z } from 'zod';
import { carePlansSchema } from './carePlansSchema';
import { labelsSchema, serviceSchema } from './labelsSchema';
import { matrixSchema } from './matrixSchema';
import { nextStepsSchema } from './nextStepsSchema';
import { int } from './numbers';
import { potentialSchema } from './potentialSchema';
import { scopeConfigSchema, taskSyncSchema } from './scopeSchema';
import { storedSizeIssue } from './storedSize';
import { valueSchema } from './valueSchema';
import { localeSchema, relationshipStatusSchema, type RuleId, type Segment } from './vocabulary';

export * from './carePlansSchema';
export * from './labelsSchema';
export * from './matrixSchema';
export * from './nextStepsSchema';
export * from './potentialSchema';
export * from './scopeSchema';
export * from './valueSchema';
export * from './storedSize';

/** The whole care model an admin configures; every part has the specification's default. */
export const configSchema = z
  .object({
    schemaVersion: z.literal(1).default(1),
    version: int(0, Number.MAX_SAFE_INTEGER, 'The config version').default(0),
    locale: localeSchema.default('en'),
    scope: scopeConfigSchema,
    value: valueSchema.prefault({}),
    potential: potentialSchema.prefault({}),
    matrix: matrixSchema,
    carePlans: carePlansSchema,
    nextSteps: nextStepsSchema,
    tasks: taskSyncSchema,
    services: z
      .array(serviceSchema)
      .max(50, 'Use at most 50 services.')
      .default([])
      .superRefine((services, ctx) => {
        const ids = services.map((s) => s.id);
        ids.forEach((id, i) => {
          if (ids.indexOf(id) !== i)
            ctx.addIssue({
              code: 'custom',
              path: [i, 'id'],
              message: `The service id "${id}" is used twice.`,
            });
        });
      }),
    atRiskStatuses: z.array(relationshipStatusSchema).default(['dissatisfied_at_risk']),
    labels: labelsSchema,
  })
  .superRefine((config, ctx) => {
    // Stored as one JSON text property (decision 0006).
    const issue = storedSizeIssue(config);
    if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

export type CareConfig = z.infer<typeof configSchema>;
export type CareConfigInput = z.input<typeof configSchema>;
export type CarePlan = CareConfig['carePlans'][Segment];
export type Factor = CareConfig['potential']['factors'][number];
export type NextStepRule = CareConfig['nextSteps'][RuleId];
