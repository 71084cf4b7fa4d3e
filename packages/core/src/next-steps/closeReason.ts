import { z } from 'zod';

/** Why the app closed one of its own tasks; written into the task as a marker. */
export const closeReasons = [
  'classified',
  'owner-assigned',
  'contacted',
  'review-held',
  'plan-current',
  'reassessed',
  'checked-in',
  'next-step-documented',
  'not-at-risk',
  'data-complete',
  'out-of-scope',
  'rule-off',
] as const;
export const closeReasonSchema = z.enum(closeReasons);
export type CloseReason = z.infer<typeof closeReasonSchema>;
