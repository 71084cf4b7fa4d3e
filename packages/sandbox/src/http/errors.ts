/** An answer in HubSpot's error shape; thrown by handlers and rendered by the error handler. */
export class HubSpotError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.message === 'string' ? body.message : 'error');
  }
}

export function hubspotError(
  statusCode: number,
  category: string,
  message: string,
  extra: Record<string, unknown> = {},
): HubSpotError {
  return new HubSpotError(statusCode, { status: 'error', message, category, ...extra });
}

export const validationError = (message: string, extra: Record<string, unknown> = {}) =>
  hubspotError(400, 'VALIDATION_ERROR', message, extra);

export const notFoundError = (message = 'Object not found.  objectId are usually numeric.') =>
  hubspotError(404, 'OBJECT_NOT_FOUND', message);

/** Deterministic uuid-shaped ids: the n-th answer of a sandbox gets the n-th id. */
export function correlationId(sequence: number): string {
  const hex = sequence.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}
