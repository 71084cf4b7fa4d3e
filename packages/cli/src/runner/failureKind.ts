import { PartialAnswerError, readHubSpotError } from '@care-model/hubspot';
import { z } from 'zod';
import { isUnanswered, TargetFailure } from '../hubspot/cliClient';
import { LeaseHeld } from '../recompute/recomputeLease';
import { RunStopped } from './runStopped';

/** What the runner does after a run threw: stop cleanly, try again at the next tick, or exit. */
export type FailureKind = 'stopped' | 'transient' | 'fatal';

const networkSchema = z.object({
  code: z.enum([
    'ECONNREFUSED',
    'ECONNRESET',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ETIMEDOUT',
  ]),
});

/** 429, 5xx, network failures and another run's lease pass; a refused token, a missing install or a bug do not. */
export function failureKind(caught: unknown): FailureKind {
  if (caught instanceof RunStopped) return 'stopped';
  if (caught instanceof LeaseHeld) return 'transient';
  const failure = caught instanceof TargetFailure ? caught.failure : caught;
  const cause = failure instanceof Error && failure.cause !== undefined ? failure.cause : failure;
  const network = [failure, cause].some((value) => networkSchema.safeParse(value).success);
  if (isUnanswered(failure) || network || failure instanceof PartialAnswerError) return 'transient';
  const answered = readHubSpotError(failure);
  if (answered && (answered.status === 429 || answered.status >= 500)) return 'transient';
  return 'fatal';
}
