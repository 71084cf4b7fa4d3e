import type { Client } from '@hubspot/api-client';
import { readHubSpotError } from './readHubSpotError';

/** `safe`: a read, or a write that ends in the same state when sent twice; `create` makes a new record each time. */
export type CallKind = 'safe' | 'create';

/** A 5xx answer is retried after 200 ms, then 400 ms (as the SDK does); a rate-limit 429 once after 1 s. */
const serverErrorWaitMs = 200;
const rateLimitWaitMs = 1000;
const maxAttempts = 3;
/** Kept free before the deadline for the function to answer. */
const answerReserveMs = 500;

const deadlines = new WeakMap<Client, number>();

/**
 * Marks `client` as an app function's, whose calls end by `deadline` (`performance.now()` ms): its
 * calls then go through `called`'s retry (the SDK's is off); other clients keep the SDK's retry.
 */
export function setDeadline(client: Client, deadline: number): void {
  deadlines.set(client, deadline);
}

/** The function's deadline, or none for a CLI client. */
export function deadlineOf(client: Client): number {
  return deadlines.get(client) ?? Number.POSITIVE_INFINITY;
}

function rateLimited(caught: unknown): boolean {
  const answered = readHubSpotError(caught);
  if (answered?.status !== 429) return false;
  const { policyName, message } = answered;
  return policyName === 'TEN_SECONDLY_ROLLING' || /secondly limit/i.test(message ?? '');
}

/** HubSpot answered 5xx, or never answered: a create may have been written. */
export function outcomeUnknown(caught: unknown): boolean {
  const answered = readHubSpotError(caught);
  if (answered) return answered.status >= 500;
  return (
    caught instanceof Error &&
    /timed out|fetch failed|ECONNRESET|socket|no answer/i.test(caught.message)
  );
}

function waitMs(caught: unknown, kind: CallKind, attempt: number): number | null {
  if (attempt >= maxAttempts) return null;
  if (rateLimited(caught)) return attempt === 1 ? rateLimitWaitMs : null;
  const status = readHubSpotError(caught)?.status ?? 0;
  if (kind === 'safe' && status >= 500) return serverErrorWaitMs * attempt;
  return null;
}

/**
 * One SDK call under the function's retry policy: a 429 (nothing written) is sent again once after
 * 1 s, a 5xx only when the call is `safe`; never past the deadline. Without a deadline, the call once.
 */
export async function called<T>(
  client: Client,
  kind: CallKind,
  call: () => Promise<T>,
): Promise<T> {
  const deadline = deadlines.get(client);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (caught) {
      const wait = deadline === undefined ? null : waitMs(caught, kind, attempt);
      if (wait === null || performance.now() + wait + answerReserveMs > (deadline ?? 0))
        throw caught;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
