import { z } from 'zod';
import {
  defaultBandLabels,
  defaultCarePlans,
  defaultFactors,
  defaultMatrix,
  defaultRules,
  defaultSegmentLabels,
} from './defaults';
import {
  localeSchema,
  localizedTextSchema,
  matrixSegmentSchema,
  propertyNameSchema,
  relationshipStatusSchema,
  ruleIds,
  segments,
  taskPrioritySchema,
  taskTypeSchema,
  type RuleId,
  type Segment,
} from './vocabulary';

const int = (min: number, max: number, what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .int(`${what} must be a whole number.`)
    .min(min, `${what} must be at least ${min}.`)
    .max(max, `${what} must be at most ${max}.`);

const share = (what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .gt(0, `${what} must be above 0 %.`)
    .lt(1, `${what} must be below 100 %.`);

/** Where the value amount comes from: closed-won deals in a trailing window, or a company property. */
export const valueSourceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('deals'), windowDays: int(1, 3660, 'The value window').default(365) }),
  z.object({ mode: z.literal('property'), property: propertyNameSchema }),
]);

/** Amount bands (default) or Pareto shares over the whole portfolio (S1). */
export const valueClassModeSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('bands'),
    class1Min: z.number().nonnegative('Thresholds cannot be negative.').default(100000),
    class2Min: z.number().nonnegative('Thresholds cannot be negative.').default(20000),
  }),
  z.object({
    mode: z.literal('pareto'),
    aShare: share('The class 1 share of value').default(0.65),
    cShareOfCount: share('The class 3 share of companies').default(0.8),
  }),
]);

export const valueSchema = z
  .object({
    source: valueSourceSchema.prefault({ mode: 'deals' }),
    classes: valueClassModeSchema.prefault({ mode: 'bands' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as EUR.')
      .default('EUR'),
  })
  .superRefine((value, ctx) => {
    if (value.classes.mode === 'bands' && value.classes.class1Min <= value.classes.class2Min) {
      ctx.addIssue({
        code: 'custom',
        path: ['classes', 'class1Min'],
        message: 'The class 1 threshold must be above the class 2 threshold.',
      });
    }
  });

const scoreSchema = int(0, 3, 'A score');

/** A computed factor: the first matching rule on a company property gives the score (S1, S3). */
export const factorMappingSchema = z.object({
  op: z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'neq']),
  value: z.union([z.number(), z.string().max(200)]),
  score: scoreSchema,
});

export const factorSourceSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('manual') }),
  z.object({
    mode: z.literal('computed'),
    property: propertyNameSchema,
    mappings: z.array(factorMappingSchema).min(1, 'Add at least one mapping.').max(20),
  }),
]);

const rubricTexts = z.tuple([
  z.string().max(300),
  z.string().max(300),
  z.string().max(300),
  z.string().max(300),
]);

export const factorSchema = z.object({
  id: z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,39}$/,
      'A factor id is lowercase letters, digits and underscores (it names the property care_potential_<id>).',
    )
    // care_potential_score, _rationale and _assessed_at are catalog properties of their own.
    .refine((id) => !['score', 'rationale', 'assessed_at'].includes(id), {
      message: 'This factor id is reserved: choose another (care_potential_<id> is taken).',
    }),
  label: localizedTextSchema,
  rubric: z.object({ en: rubricTexts, fi: rubricTexts }).prefault({
    en: ['', '', '', ''],
    fi: ['', '', '', ''],
  }),
  required: z.boolean().default(true),
  source: factorSourceSchema.prefault({ mode: 'manual' }),
});

export const potentialSchema = z
  .object({
    factors: z
      .array(factorSchema)
      .min(1, 'Keep at least one potential factor.')
      .max(10, 'Use at most ten potential factors.')
      .prefault(defaultFactors),
    bands: z
      .object({
        lowMax: int(0, 30, 'The upper limit of the low band').default(2),
        mediumMax: int(0, 30, 'The upper limit of the medium band').default(5),
      })
      .prefault({}),
  })
  .superRefine((potential, ctx) => {
    const ids = potential.factors.map((f) => f.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) {
        ctx.addIssue({
          code: 'custom',
          path: ['factors', i, 'id'],
          message: `The factor id "${id}" is used twice.`,
        });
      }
    });
    if (potential.bands.lowMax >= potential.bands.mediumMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands', 'mediumMax'],
        message: 'The medium band must end above the low band.',
      });
    }
    const maxScore = potential.factors.length * 3;
    if (potential.bands.mediumMax >= maxScore) {
      ctx.addIssue({
        code: 'custom',
        path: ['bands', 'mediumMax'],
        message: `The medium band must end below the highest possible score (${maxScore}), or no company is ever high.`,
      });
    }
  });

const matrixRow = (row: Record<'low' | 'medium' | 'high', 'key' | 'develop' | 'retain'>) =>
  z
    .object({
      low: matrixSegmentSchema.default(row.low),
      medium: matrixSegmentSchema.default(row.medium),
      high: matrixSegmentSchema.default(row.high),
    })
    .prefault({});

/** Value class × potential band → segment (S4). */
export const matrixSchema = z
  .object({
    '1': matrixRow(defaultMatrix['1']),
    '2': matrixRow(defaultMatrix['2']),
    '3': matrixRow(defaultMatrix['3']),
  })
  .prefault({});

const carePlanSchemaFor = (segment: Segment) => {
  const d = defaultCarePlans[segment];
  const cycle = (max: number, what: string) => int(1, max, what).nullable();
  return z
    .object({
      serviceLevel: localizedTextSchema.default(d.serviceLevel),
      contactCadenceDays: cycle(3660, 'The contact cadence').default(d.contactCadenceDays),
      reviewCycleMonths: cycle(60, 'The review cycle').default(d.reviewCycleMonths),
      planRequired: z.boolean().default(d.planRequired),
      checkInCycleMonths: cycle(60, 'The check-in cycle').default(d.checkInCycleMonths),
      reassessCycleMonths: cycle(60, 'The re-assessment cycle').default(d.reassessCycleMonths),
    })
    .prefault({});
};

export const carePlansSchema = z
  .object({
    key: carePlanSchemaFor('key'),
    develop: carePlanSchemaFor('develop'),
    retain: carePlanSchemaFor('retain'),
    unidentified: carePlanSchemaFor('unidentified'),
  })
  .prefault({});

const ruleSchemaFor = (rule: RuleId) =>
  z
    .object({
      enabled: z.boolean().default(true),
      dueOffsetDays: int(0, 365, 'The due offset').default(defaultRules[rule].dueOffsetDays),
      taskType: taskTypeSchema.default(defaultRules[rule].taskType),
      priority: taskPrioritySchema.default(defaultRules[rule].priority),
    })
    .prefault({});

export const nextStepsSchema = z
  .object(
    Object.fromEntries(ruleIds.map((rule) => [rule, ruleSchemaFor(rule)])) as {
      [R in RuleId]: ReturnType<typeof ruleSchemaFor>;
    },
  )
  .prefault({});

export const serviceSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,49}$/, 'A service id is lowercase letters, digits and underscores.'),
  label: localizedTextSchema,
});

const segmentLabels = z
  .object(
    Object.fromEntries(
      segments.map((s) => [s, localizedTextSchema.default(defaultSegmentLabels[s])]),
    ) as { [S in Segment]: z.ZodDefault<typeof localizedTextSchema> },
  )
  .prefault({});

export const labelsSchema = z
  .object({
    segments: segmentLabels,
    bands: z
      .object({
        low: localizedTextSchema.default(defaultBandLabels.low),
        medium: localizedTextSchema.default(defaultBandLabels.medium),
        high: localizedTextSchema.default(defaultBandLabels.high),
      })
      .prefault({}),
  })
  .prefault({});

/** The whole care model an admin configures; every part has the specification's default. */
export const configSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  version: int(0, Number.MAX_SAFE_INTEGER, 'The config version').default(0),
  locale: localeSchema.default('en'),
  value: valueSchema.prefault({}),
  potential: potentialSchema.prefault({}),
  matrix: matrixSchema,
  carePlans: carePlansSchema,
  nextSteps: nextStepsSchema,
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
});

export type CareConfig = z.infer<typeof configSchema>;
export type CareConfigInput = z.input<typeof configSchema>;
export type CarePlan = CareConfig['carePlans'][Segment];
export type Factor = CareConfig['potential']['factors'][number];
export type NextStepRule = CareConfig['nextSteps'][RuleId];
