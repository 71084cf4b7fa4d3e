import { z } from 'zod';
import { int, share } from './numbers';
import { propertyNameSchema } from './vocabulary';

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
