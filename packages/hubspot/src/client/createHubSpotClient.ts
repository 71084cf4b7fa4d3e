import { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { timeoutAgent } from './timeoutAgent';

/**
 * HubSpot allows 190 calls per 10 s per portal; starts 60 ms apart stay under it. Six at once: an
 * install's five reads, or a company's 300 deals and 300 tasks, go in one round trip.
 */
const limiterOptions = { maxConcurrent: 6, minTime: 60 };
/** A request unanswered after this long fails, inside the 10 s an invocation may run. */
const requestTimeoutMs = 5000;
/** Total attempts: a 5xx is retried after 200 ms and 400 ms, a rolling-window 429 after 10 s. */
const numberOfApiCallRetries = 3;

/** How a client talks to the portal; without options, an app function's client. */
export interface HubSpotClientOptions {
  /** The private app's token; default `PRIVATE_APP_ACCESS_TOKEN`. */
  accessToken?: string;
  /** The API's base URL (the sandbox's in tests); default `HUBSPOT_BASE_URL`, else HubSpot's. */
  basePath?: string;
  /** Requests per rolling 10 s, their starts spaced evenly (Bottleneck `minTime`, 8 at once); default 6 at once, 60 ms apart. */
  ratePer10s?: number;
  /** A socket silent this long fails its request with `UnansweredError`; default none, a limiter job expires after 5 s instead. */
  timeoutMs?: number;
  /** Attempts per request (the SDK retries 5xx and rolling-window 429 answers), 1–6; default 3. */
  attempts?: number;
  /** Called as each HTTP attempt is sent, the SDK's retries included. */
  onRequest?: () => void;
  /** Called with each answered attempt's HTTP status. */
  onStatus?: (status: number) => void;
}

const responseSchema = z.object({ httpStatusCode: z.number() });

/** An SDK middleware: `pre` runs once per HTTP attempt, retries included; `post` once per answer. */
function counter(onRequest?: () => void, onStatus?: (status: number) => void) {
  return {
    pre: (context: unknown) => {
      onRequest?.();
      return context;
    },
    post: (context: unknown) => {
      const answered = responseSchema.safeParse(context);
      if (answered.success) onStatus?.(answered.data.httpStatusCode);
      return context;
    },
  };
}

/** The app has no token: nothing can be read or written. */
export class MissingTokenError extends Error {}

/**
 * A new SDK client: the SDK's own retry and limiter, and an SDK middleware for the counters. The
 * SDK's retry and limiter are process-global (the last `new Client()` wins): one client per process.
 */
export function createHubSpotClient(options: HubSpotClientOptions = {}): Client {
  const accessToken = options.accessToken ?? process.env.PRIVATE_APP_ACCESS_TOKEN ?? '';
  if (accessToken === '') throw new MissingTokenError('PRIVATE_APP_ACCESS_TOKEN is not set');
  const basePath = options.basePath ?? process.env.HUBSPOT_BASE_URL ?? '';
  const { ratePer10s, timeoutMs, onRequest, onStatus } = options;
  return new Client({
    accessToken,
    ...(basePath !== '' ? { basePath } : {}),
    numberOfApiCallRetries: options.attempts ?? numberOfApiCallRetries,
    // minTime, not a reservoir: one refilled per fixed window can put 2× the limit in a rolling window.
    limiterOptions:
      ratePer10s === undefined
        ? limiterOptions
        : { minTime: Math.ceil(10_000 / ratePer10s) + 1, maxConcurrent: 8 },
    ...(timeoutMs === undefined
      ? { limiterJobOptions: { expiration: requestTimeoutMs } }
      : { httpAgent: timeoutAgent(basePath, timeoutMs) }),
    ...(onRequest || onStatus ? { middleware: [counter(onRequest, onStatus)] } : {}),
  });
}

let cached: { key: string; client: Client } | undefined;

/**
 * An app function's client: the app's token, the sandbox's URL in tests; one per token and URL. The
 * SDK's retry is off (it waits 10 s on a 429 and resends creates after a 5xx): `called` retries (0012).
 */
export function hubspotClient(): Client {
  const key = `${process.env.PRIVATE_APP_ACCESS_TOKEN ?? ''}\n${process.env.HUBSPOT_BASE_URL ?? ''}`;
  if (cached?.key !== key) cached = { key, client: createHubSpotClient({ attempts: 1 }) };
  return cached.client;
}
