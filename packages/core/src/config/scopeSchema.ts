import { z } from 'zod';
import { int } from './numbers';

/** Which companies the care model covers (S1: a current customer bought within 24 months), or all. */
export const scopeModes = ['stages-or-recent-deal', 'all'] as const;
export const scopeModeSchema = z.enum(scopeModes);
export type ScopeMode = z.infer<typeof scopeModeSchema>;

export const scopeConfigSchema = z
  .object({
    mode: scopeModeSchema.default('stages-or-recent-deal'),
    lifecycleStages: z
      .array(
        z
          .string()
          .trim()
          .regex(
            /^[A-Za-z0-9_-]{1,100}$/,
            'Use the internal value of a lifecycle stage, e.g. customer.',
          ),
      )
      .max(20, 'Use at most 20 lifecycle stages.')
      .default(['customer', 'evangelist']),
    recentDealMonths: int(1, 120, 'The recent-deal window').default(24),
  })
  .prefault({});

/** How many new tasks one run may create per owner; the rest stay suggestions. */
export const taskSyncSchema = z
  .object({ newPerOwnerPerRun: int(1, 1000, 'New tasks per owner per run').default(25) })
  .prefault({});
