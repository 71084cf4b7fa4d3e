import { Client } from '@hubspot/api-client';

/** HubSpot allows 190 calls per 10 s per portal; one invocation stays well under it. */
const limiterOptions = { maxConcurrent: 4, minTime: 60 };
/** A request unanswered after this long fails, inside the 10 s an invocation may run. */
const requestTimeoutMs = 5000;
/** Total attempts: a 5xx is retried after 200 ms and 400 ms, a rolling-window 429 after 10 s. */
const numberOfApiCallRetries = 3;

/** The app has no token: nothing can be read or written. */
export class MissingTokenError extends Error {}

let cached: { key: string; client: Client } | undefined;

/** The one HubSpot client: the app's token, the sandbox's URL in tests, the SDK's own retry and limiter. */
export function hubspotClient(): Client {
  const accessToken = process.env.PRIVATE_APP_ACCESS_TOKEN ?? '';
  if (accessToken === '') throw new MissingTokenError('PRIVATE_APP_ACCESS_TOKEN is not set');
  const basePath = process.env.HUBSPOT_BASE_URL ?? '';
  const key = `${accessToken}\n${basePath}`;
  // The SDK's retry and limiter are process-global (the last `new Client()` wins): reuse one client.
  if (cached?.key !== key) {
    const client = new Client({
      accessToken,
      ...(basePath !== '' ? { basePath } : {}),
      numberOfApiCallRetries,
      limiterOptions,
      limiterJobOptions: { expiration: requestTimeoutMs },
    });
    cached = { key, client };
  }
  return cached.client;
}
