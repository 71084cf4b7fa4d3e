import { z } from 'zod';
import { defaultFactors } from './defaults';
import { int } from './numbers';
import { localizedTextSchema, propertyNameSchema } from './vocabulary';

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
