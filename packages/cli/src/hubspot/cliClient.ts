import type { Client } from '@hubspot/api-client';
import { createHubSpotClient, UnansweredError } from '@care-model/hubspot';
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
  /** A request silent this long is abandoned and sent again. */
  timeoutMs?: number;
}

/** The SDK client of one CLI run, and `call`, through which every request goes. */
export interface CliClient {
  readonly target: Target;
  /** Exact once no request is in flight. */
  counts(): ApiCounts;
  /** Resolves when no request is in flight and their callers have run (a failed run's other batches). */
  idle(): Promise<void>;
  call<T>(request: (client: Client) => Promise<T>): Promise<T>;
  /** For a create: an unanswered request is not sent again (it may have been done); the caller checks. */
  callOnce<T>(request: (client: Client) => Promise<T>): Promise<T>;
}

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
/** Unanswered sends (the SDK retries only 5xx and 429): each one is sent again, at most this often. */
const unansweredAttempts = 5;
/** The SDK's attempts per request for 5xx and 429 answers (its maximum). */
const sdkAttempts = 6;

export const isUnanswered = (caught: unknown) =>
  caught instanceof UnansweredError || resetSchema.safeParse(caught).success;

// The SDK retries these answers (a last attempt so answered fails the run, which then says so).
const isRetried = (status: number) => status === 429 || status >= 500;

/** The one HubSpot client (functions' factory) paced to the portal's limit, with the run's counts. */
export function cliClient(target: Target, options: ClientOptions): CliClient {
  let requests = 0;
  let retries = 0;
  const client = createHubSpotClient({
    accessToken: target.token,
    basePath: target.baseUrl,
    ratePer10s: options.ratePer10s,
    timeoutMs: options.timeoutMs ?? 20_000,
    attempts: sdkAttempts,
    onRequest: () => (requests += 1),
    onStatus: (status) => {
      if (isRetried(status)) retries += 1;
    },
  });
  const tryRequest = async <T>(request: (client: Client) => Promise<T>, attempts: number) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request(client);
      } catch (caught) {
        if (!isUnanswered(caught) || attempt >= attempts)
          throw new TargetFailure(target.baseUrl, caught);
        retries += 1;
      }
    }
  };
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const send = async <T>(request: (client: Client) => Promise<T>, attempts: number) => {
    inFlight += 1;
    try {
      return await tryRequest(request, attempts);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of waiting.splice(0)) setImmediate(resolve);
    }
  };
  return {
    target,
    counts: () => ({ requests, retries }),
    idle: () =>
      inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiting.push(resolve)),
    call: (request) => send(request, unansweredAttempts),
    callOnce: (request) => send(request, 1),
  };
}
