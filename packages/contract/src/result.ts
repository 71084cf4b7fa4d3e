import { z } from 'zod';

/** What can go wrong in a function, as a value the cards can show. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'rate_limited',
  'hubspot_error',
  'conflict',
  'config_invalid',
  'not_installed',
  'forbidden',
] as const;
export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const functionErrorSchema = z.object({
  code: errorCodeSchema,
  /** A sentence a person can act on; never a token, header or raw HubSpot body. */
  message: z.string(),
  /** The parameter or config path at fault, when there is one. */
  field: z.string().optional(),
  /** Per-item problems of a batch, or per-field problems of a config. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type FunctionError = z.infer<typeof functionErrorSchema>;

export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: FunctionError };

/** The envelope every function answers with; `data` is checked by the caller that knows its type. */
export const functionResultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: functionErrorSchema }),
]);

export const ok = <T>(data: T): FunctionResult<T> => ({ ok: true, data });
export const fail = (error: FunctionError): FunctionResult<never> => ({ ok: false, error });
