import { z } from 'zod';

const apiExceptionSchema = z.object({ code: z.number().int(), body: z.unknown() });
const bodySchema = z.object({
  category: z.string().optional().catch(undefined),
  policyName: z.string().optional().catch(undefined),
});
const networkErrorSchema = z.object({
  code: z.enum(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ECONNRESET']),
});

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
  const api = apiExceptionSchema.safeParse(caught);
  if (!api.success || api.data.code < 400) return null;
  const { code } = api.data;
  const body = bodySchema.safeParse(api.data.body);
  const category = body.success ? body.data.category : undefined;
  if (code === 401)
    return `${where} refused the token (401): check --token / HUBSPOT_ACCESS_TOKEN.`;
  if (code === 403)
    return `${where} refused the request (403${category ? `, ${category}` : ''}): the token lacks a scope.`;
  if (code === 429)
    return body.success && body.data.policyName === 'DAILY'
      ? `${where}: the portal's daily API limit is reached; try again tomorrow with --resume.`
      : `${where}: the API rate limit was hit repeatedly; lower --rate-limit and pass --resume.`;
  if (code >= 500)
    return `${where} kept failing (${code}${category ? `, ${category}` : ''}); try again with --resume.`;
  return `${where} refused a request (${code}${category ? `, ${category}` : ''}).`;
}
