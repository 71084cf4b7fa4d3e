import { createHash } from 'node:crypto';

/** Above this the record is not kept (the snapshot shares HubSpot's 65 536 characters): the next run reads them all. */
export const ownWritesMaxChars = 30_000;

/** A digest of the properties a company's evaluation reads, as they are (or as a run left them). */
export function stateDigest(
  properties: Readonly<Record<string, string | null | undefined>>,
  names: readonly string[],
): string {
  const text = names
    .flatMap((name) => {
      const value = properties[name];
      return value === undefined || value === null || value === '' ? [] : [`${name}=${value}`];
    })
    .join('\n');
  return createHash('sha256').update(text).digest('base64url').slice(0, 6);
}

/**
 * The companies a run wrote, each with the digest of what it left: ids ascending as base-36 steps,
 * `step:digest` joined by commas; undefined when an id is not numeric or the text is too long.
 */
export function encodeOwnWrites(digests: ReadonlyMap<string, string>): string | undefined {
  const ids = [...digests.keys()];
  if (!ids.every((id) => /^\d+$/.test(id))) return undefined;
  let previous = 0;
  const parts = ids
    .map(Number)
    .sort((a, b) => a - b)
    .map((id) => {
      const step = (id - previous).toString(36);
      previous = id;
      return `${step}:${digests.get(String(id)) ?? ''}`;
    });
  const text = parts.join(',');
  return text.length <= ownWritesMaxChars ? text : undefined;
}

export function decodeOwnWrites(text: string | undefined): Map<string, string> {
  const digests = new Map<string, string>();
  let id = 0;
  for (const part of (text ?? '').split(',')) {
    const [step, digest] = part.split(':');
    if (step === undefined || digest === undefined) continue;
    id += parseInt(step, 36);
    digests.set(String(id), digest);
  }
  return digests;
}
