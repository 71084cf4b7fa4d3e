import { z } from 'zod';

const apiExceptionSchema = z.object({ code: z.number().int(), body: z.unknown() });
// Only HubSpot's upper-case codes are kept for messages: its own sentences may quote values.
const codeWord = z.string().regex(/^[A-Z][A-Z_]{0,59}$/);
const bodySchema = z
  .object({
    category: codeWord.optional().catch(undefined),
    policyName: codeWord.optional().catch(undefined),
    message: z.string().optional().catch(undefined),
  })
  .catch({});

/** What an SDK error says: the HTTP status and HubSpot's codes. */
export interface HubSpotError {
  status: number;
  category?: string;
  policyName?: string;
  /** HubSpot's own sentence: to recognise an answer, never to show (it may quote values). */
  message?: string;
}

/** The one reader of `@hubspot/api-client` errors: an answered request ≥ 400, else undefined. */
export function readHubSpotError(caught: unknown): HubSpotError | undefined {
  const api = apiExceptionSchema.safeParse(caught);
  if (!api.success || api.data.code < 400) return undefined;
  const body = bodySchema.parse(api.data.body);
  return {
    status: api.data.code,
    ...(body.category ? { category: body.category } : {}),
    ...(body.policyName ? { policyName: body.policyName } : {}),
    ...(body.message !== undefined ? { message: body.message } : {}),
  };
}
