/** A HubSpot text property keeps 65,536 characters; the stored settings keep a margin below it. */
export const configMaxChars = 60_000;

const sizeOf = (value: unknown) => JSON.stringify(value)?.length ?? 0;

interface Part {
  path: (string | number)[];
  size: number;
}

/** The part that takes the most room, three levels down at most ("potential.factors.3"). */
export function largestPart(value: unknown, depth = 3): Part {
  const size = sizeOf(value);
  if (depth === 0 || typeof value !== 'object' || value === null) return { path: [], size };
  const entries = Object.entries(value);
  if (entries.length === 0) return { path: [], size };
  const [key, child] = entries.reduce((a, b) => (sizeOf(b[1]) > sizeOf(a[1]) ? b : a));
  const inner = largestPart(child, depth - 1);
  return { path: [Array.isArray(value) ? Number(key) : key, ...inner.path], size: inner.size };
}

/**
 * The problem with a config too large to store, or null.
 * @example ten factors with twenty 200-character mappings each → an issue at "potential.factors.0…"
 */
export function storedSizeIssue(config: unknown): (Part & { message: string }) | null {
  const size = sizeOf(config);
  if (size <= configMaxChars) return null;
  const part = largestPart(config);
  return {
    ...part,
    message: `The settings would take ${size} characters; HubSpot keeps at most ${configMaxChars} here. Shorten the texts or remove entries, starting with this part (${part.size} characters).`,
  };
}
