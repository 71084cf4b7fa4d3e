/** The record the page shows, whose properties `propertiesToSend` reads. */
let currentObjectId: string | undefined;
export function setServerlessRecord(objectId: string | undefined): void {
  currentObjectId = objectId;
}

interface ServerlessOptions {
  parameters?: unknown;
  propertiesToSend?: string[];
}

/** `hubspot.serverless`: runs the app's bundled function on the preview server. */
export async function callServerless(
  name: string,
  options: ServerlessOptions = {},
): Promise<unknown> {
  const response = await fetch(`/api/functions/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      parameters: options.parameters ?? {},
      propertiesToSend: options.propertiesToSend ?? [],
      objectId: currentObjectId,
    }),
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const message =
      typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : '';
    throw new Error(message || `The function ${name} failed (${response.status}).`);
  }
  return body;
}
