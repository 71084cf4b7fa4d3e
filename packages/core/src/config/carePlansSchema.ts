import { z } from 'zod';
import { defaultCarePlans } from './defaults';
import { int } from './numbers';
import { localizedTextSchema, type Segment } from './vocabulary';

const cycle = (max: number, what: string) => int(1, max, what).nullable();

/** One segment's care plan: its service level and cycles (null = none); a care view carries it as is. */
export const carePlanSchema = z.object({
  serviceLevel: localizedTextSchema,
  contactCadenceDays: cycle(3660, 'The contact cadence'),
  reviewCycleMonths: cycle(60, 'The review cycle'),
  planRequired: z.boolean(),
  checkInCycleMonths: cycle(60, 'The check-in cycle'),
  reassessCycleMonths: cycle(60, 'The re-assessment cycle'),
});

const carePlanSchemaFor = (segment: Segment) => {
  const d = defaultCarePlans[segment];
  const field = carePlanSchema.shape;
  return z
    .object({
      serviceLevel: field.serviceLevel.default(d.serviceLevel),
      contactCadenceDays: field.contactCadenceDays.default(d.contactCadenceDays),
      reviewCycleMonths: field.reviewCycleMonths.default(d.reviewCycleMonths),
      planRequired: field.planRequired.default(d.planRequired),
      checkInCycleMonths: field.checkInCycleMonths.default(d.checkInCycleMonths),
      reassessCycleMonths: field.reassessCycleMonths.default(d.reassessCycleMonths),
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
