import type { ErrorCode } from '@care-model/contract';
import type { HubSpotError } from './readHubSpotError';

/** The one status → sentence table (no value HubSpot quoted): the functions answer it, the CLI prints it. */
export function describeHubSpotError(error: HubSpotError): { code: ErrorCode; message: string } {
  const { status, category, policyName } = error;
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
    return { code: 'hubspot_error', message: 'HubSpot refused the app’s access token (401).' };
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
