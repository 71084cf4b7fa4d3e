import type { FunctionError } from '@care-model/contract';
import { MissingTokenError } from './createHubSpotClient';
import { describeHubSpotError } from './describeHubSpotError';
import { readHubSpotError } from './readHubSpotError';

/** An expected failure found below the handler (a missing company, a stale version…). */
export class FunctionFailure extends Error {
  constructor(readonly error: FunctionError) {
    super(error.message);
  }
}

const bottleneckTimeout = /^This job timed out after \d+ ms\.$/;

/** The one translation of a thrown error into the contract's error union: no token, header or raw body. */
export function toFunctionError(caught: unknown): FunctionError {
  if (caught instanceof FunctionFailure) return caught.error;
  if (caught instanceof MissingTokenError)
    return { code: 'hubspot_error', message: 'The app has no HubSpot access token; reinstall it.' };
  const answered = readHubSpotError(caught);
  if (answered) return describeHubSpotError(answered);
  if (caught instanceof Error && bottleneckTimeout.test(caught.message))
    return {
      code: 'hubspot_error',
      message:
        'HubSpot did not answer in time; the change may have been made. Reload before trying again.',
    };
  if (
    caught instanceof Error &&
    /fetch failed|ECONNREFUSED|ECONNRESET|socket/i.test(caught.message)
  )
    return {
      code: 'hubspot_error',
      message: 'HubSpot could not be reached; try again in a minute.',
    };
  return { code: 'hubspot_error', message: 'The app function failed unexpectedly.' };
}
