import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import type { Target } from '../cli/options';
import { timeoutAgent, UnansweredError } from './timeoutAgent';

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

export const isUnanswered = (caught: unknown) =>
  caught instanceof UnansweredError || resetSchema.safeParse(caught).success;

/**
 * The SDK client paced to the portal's rolling limit: Bottleneck's `minTime` spaces request starts
 * evenly (a reservoir refilled per fixed window could still put 2× the limit in one rolling window).
 * Requests are counted by an SDK middleware, which runs once per HTTP attempt, retries included.
 */
export function cliClient(target: Target, options: ClientOptions): CliClient {
  let requests = 0;
  let logicalCalls = 0;
  const minTime = Math.ceil(10_000 / options.ratePer10s) + 1;
  const client = new Client({
    accessToken: target.token,
    basePath: target.baseUrl,
    numberOfApiCallRetries: 6,
    limiterOptions: { minTime, maxConcurrent: 8 },
    httpAgent: timeoutAgent(target.baseUrl, options.timeoutMs ?? 20_000),
    middleware: [
      {
        pre: (context: unknown) => {
          requests += 1;
          return context;
        },
        post: (context: unknown) => context,
      },
    ],
  });
  const send = async <T>(request: (client: Client) => Promise<T>, attempts: number) => {
    logicalCalls += 1;
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await request(client);
      } catch (caught) {
        if (isUnanswered(caught) && attempt < attempts) continue;
        throw new TargetFailure(target.baseUrl, caught);
      }
    }
  };
  return {
    target,
    counts: () => ({ requests, retries: Math.max(0, requests - logicalCalls) }),
    call: (request) => send(request, unansweredAttempts),
    callOnce: (request) => send(request, 1),
  };
}
