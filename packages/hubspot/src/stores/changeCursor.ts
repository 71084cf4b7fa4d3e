import { paretoCutoffsSchema } from '@care-model/core';
import { z } from 'zod';

/**
 * Where the next incremental recompute starts (decision 0019), kept with the portfolio snapshot so a
 * runner on a fresh machine needs no local state. Times in `changedSince` are the portal's own.
 */
export const changeCursorSchema = z.object({
  /** Records modified at or after this portal instant may have changed since the run. */
  changedSince: z.string(),
  /** The instant the run evaluated as of (`--now`). */
  now: z.string(),
  /** The last full run's `now`. */
  fullAt: z.string(),
  configVersion: z.number().int().nonnegative(),
  timeZone: z.string(),
  syncTasks: z.boolean(),
  /** Companies the last full run read; Pareto mode compares it with the portal's count. */
  companies: z.number().int().nonnegative(),
  /** Pareto mode: the lines the last full run drew, valid while no company's value changes. */
  paretoCutoffs: paretoCutoffsSchema.nullable(),
  /** The companies the run wrote and a digest of what it left (the CLI's encoding); absent when too many. */
  ownWrites: z.string().optional(),
});
export type ChangeCursor = z.infer<typeof changeCursorSchema>;
