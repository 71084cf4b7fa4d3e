import { z } from 'zod';
import { defaultCarePlans } from './defaults';
import { int } from './numbers';
import { localizedTextSchema, type Segment } from './vocabulary';

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
