import { z } from 'zod';
import { defaultBandLabels, defaultSegmentLabels } from './defaults';
import { localizedTextSchema, segments, type Segment } from './vocabulary';

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
