import type { Client } from '@hubspot/api-client';
import {
  createHubSpotClient,
  outcomeUnknown,
  PartialAnswerError,
  readHubSpotError,
  UnansweredError,
} from '@care-model/hubspot';
import { z } from 'zod';
import type { Target } from '../cli/parseFlags';

/** HTTP requests the portal counted, and how many of them repeated an earlier attempt. */
export interface ApiCounts {
  requests: number;
  retries: number;
}

export interface ClientOptions {
  /** Requests per rolling 10 s the portal allows (190 Professional/Enterprise, 100 Starter). */
  ratePer10s: number;
  /** A request silent this long is abandoned (a read is sent again, a create is looked up). */
  timeoutMs?: number;
  /** Between the starts of two searches; default `searchSpacingMs` (a sandbox without limits: 0). */
  searchSpacingMs?: number;
}

/** The SDK client of one CLI run, and `call`, through which every request goes. */
export interface CliClient {
  readonly target: Target;
  /** Exact once no request is in flight. */
  counts(): ApiCounts;
  /** Resolves when no request is in flight and their callers have run (a failed run's other batches). */
  idle(): Promise<void>;
  /** A read, or a write that ends in the same state when sent twice: 429, 5xx and silence are retried. */
  call<T>(request: (client: Client) => Promise<T>): Promise<T>;
  /** A create: only a 429 (nothing done) is sent again; after a 5xx or silence the caller looks it up. */
  callOnce<T>(request: (client: Client) => Promise<T>): Promise<T>;
  /** A CRM search, started at least `searchSpacingMs` after the previous one. */
  search<T>(request: (client: Client) => Promise<T>): Promise<T>;
}

/** HubSpot answers about 5 searches per second per portal (429 beyond): starts this far apart. */
export const searchSpacingMs = 250;

/** A failure reaching or using the target; `runVerb` prints it with the target's URL. */
export class TargetFailure extends Error {
  constructor(
    readonly baseUrl: string,
    readonly failure: unknown,
  ) {
    super(`request to ${baseUrl} failed`, { cause: failure });
  }
}

const resetSchema = z.object({ code: z.enum(['ECONNRESET', 'EPIPE']) });
/** Attempts of a `call` (the SDK's former maximum); a `callOnce` is sent once, a 429 aside. */
const maxAttempts = 6;
/** Waits before the next attempt: a 5xx or silence after 200 ms × attempt, a 429 after 1 s × attempt. */
const serverErrorWaitMs = 200;
const rateLimitWaitMs = 1000;

export const isUnanswered = (caught: unknown) =>
  caught instanceof UnansweredError || resetSchema.safeParse(caught).success;

/** The request may have been done (HubSpot answered 5xx, or never), or a read answered only in part. */
export const isOutcomeUnknown = (caught: unknown) => {
  const failure = caught instanceof TargetFailure ? caught.failure : caught;
  return isUnanswered(failure) || outcomeUnknown(failure) || failure instanceof PartialAnswerError;
};

// A daily limit is not waited out: the run says so and can be resumed tomorrow.
const isRateLimited = (caught: unknown) => {
  const answered = readHubSpotError(caught);
  return answered?.status === 429 && answered.policyName !== 'DAILY';
};

function waitMs(caught: unknown, once: boolean, attempt: number): number | null {
  if (attempt >= maxAttempts) return null;
  if (isRateLimited(caught)) return rateLimitWaitMs * attempt;
  if (!once && isOutcomeUnknown(caught)) return serverErrorWaitMs * attempt;
  return null;
}

/**
 * The one HubSpot client (functions' factory) paced to the portal's limit, with the run's counts.
 * The SDK's own retry is off: it resends creates after a 5xx (decision 0017).
 */
export function cliClient(target: Target, options: ClientOptions): CliClient {
  let requests = 0;
  let retries = 0;
  const client = createHubSpotClient({
    accessToken: target.token,
    basePath: target.baseUrl,
    ratePer10s: options.ratePer10s,
    timeoutMs: options.timeoutMs ?? 20_000,
    attempts: 1,
    onRequest: () => (requests += 1),
  });
  const tryRequest = async <T>(request: (client: Client) => Promise<T>, once: boolean) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request(client);
      } catch (caught) {
        const failure = caught instanceof TargetFailure ? caught.failure : caught;
        const wait = waitMs(failure, once, attempt);
        if (wait === null) throw new TargetFailure(target.baseUrl, failure);
        retries += 1;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const send = async <T>(request: (client: Client) => Promise<T>, once: boolean) => {
    inFlight += 1;
    try {
      return await tryRequest(request, once);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of waiting.splice(0)) setImmediate(resolve);
    }
  };
  let nextSearchAt = 0;
  const paced = () => {
    const at = Math.max(performance.now(), nextSearchAt);
    nextSearchAt = at + (options.searchSpacingMs ?? searchSpacingMs);
    return new Promise((resolve) => setTimeout(resolve, at - performance.now()));
  };
  return {
    target,
    counts: () => ({ requests, retries }),
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)),
    call: (request) => send(request, false),
    callOnce: (request) => send(request, true),
    search: async (request) => {
      await paced();
      return send(request, false);
    },
  };
}
