import { z } from 'zod';
import type { FunctionError } from '@care-model/contract';
import { MissingTokenError } from './createHubSpotClient';

/** An expected failure found below the handler (a missing company, a stale version…). */
export class FunctionFailure extends Error {
  constructor(readonly error: FunctionError) {
    super(error.message);
  }
}

const apiExceptionSchema = z.object({ code: z.number().int(), body: z.unknown() });
// Only HubSpot's upper-case codes leave the function: its messages may quote values.
const codeWord = z.string().regex(/^[A-Z][A-Z_]{0,59}$/);
const hubspotBodySchema = z.object({
  category: codeWord.optional().catch(undefined),
  policyName: codeWord.optional().catch(undefined),
});
const bottleneckTimeout = /^This job timed out after \d+ ms\.$/;

function httpFailure(status: number, body: unknown): FunctionError {
  const parsed = hubspotBodySchema.safeParse(body);
  const { category, policyName } = parsed.success ? parsed.data : {};
  const detail = category ? `${status}, ${category}` : `${status}`;
  if (status === 429) {
    const later = policyName === 'DAILY' ? 'tomorrow' : 'in a minute';
    return {
      code: 'rate_limited',
      message: `HubSpot's API limit for this portal is reached; try again ${later}.`,
    };
  }
  if (status === 404)
    return { code: 'not_found', message: `HubSpot has no such record (${detail}).` };
  if (status === 409)
    return { code: 'conflict', message: `HubSpot refused a duplicate (${detail}).` };
  if (status === 401)
    return {
      code: 'hubspot_error',
      message: 'HubSpot did not accept the app’s access token (401).',
    };
  if (status === 403)
    return {
      code: 'hubspot_error',
      message: `The app lacks a HubSpot permission for this (${detail}).`,
    };
  if (status >= 500)
    return {
      code: 'hubspot_error',
      message: `HubSpot is not answering properly (${detail}); try again in a minute.`,
    };
  return { code: 'hubspot_error', message: `HubSpot refused the request (${detail}).` };
}

/** The one translation of a thrown error into the contract's error union: no token, header or raw body. */
export function toFunctionError(caught: unknown): FunctionError {
  if (caught instanceof FunctionFailure) return caught.error;
  if (caught instanceof MissingTokenError)
    return { code: 'hubspot_error', message: 'The app has no HubSpot access token; reinstall it.' };
  const api = apiExceptionSchema.safeParse(caught);
  if (api.success && api.data.code >= 400) return httpFailure(api.data.code, api.data.body);
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
