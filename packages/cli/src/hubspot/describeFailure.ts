import {
  describeHubSpotError,
  PartialAnswerError,
  readHubSpotError,
  UnansweredError,
} from '@care-model/hubspot';
import { z } from 'zod';

const networkErrorSchema = z.object({
  code: z.enum(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNRESET']),
});

/** What to do next, after the library's sentence for the answer. */
function hint(status: number, policyName: string | undefined): string {
  if (status === 401) return 'Check --token / HUBSPOT_ACCESS_TOKEN.';
  if (status === 403) return 'The token lacks a scope.';
  if (status === 429)
    return policyName === 'DAILY' ? 'Then pass --resume.' : 'Lower --rate-limit and pass --resume.';
  return status >= 500 ? 'Try again with --resume: nothing is created twice.' : '';
}

/** One line for an expected HubSpot or network failure (never a token or a raw body); null for a bug. */
export function describeFailure(caught: unknown, baseUrl?: string): string | null {
  const where = baseUrl ?? 'the target';
  const network = networkErrorSchema.safeParse(
    caught instanceof Error && caught.cause !== undefined ? caught.cause : caught,
  );
  if (network.success)
    return network.data.code === 'ECONNRESET'
      ? `${where} dropped the connection repeatedly; try again, then pass --resume.`
      : `Cannot reach ${where} (${network.data.code}): is the URL right and the server running?`;
  if (caught instanceof UnansweredError)
    return `${where} did not answer in time (what was sent may have been done). Run the same command with --resume: nothing is created twice.`;
  if (caught instanceof PartialAnswerError)
    return `${where} answered a read only in part, however often it was sent. Try again with --resume.`;
  const answered = readHubSpotError(caught);
  if (!answered) return null;
  const { message } = describeHubSpotError(answered);
  return [`${where}: ${message}`, hint(answered.status, answered.policyName)]
    .filter(Boolean)
    .join(' ');
}
