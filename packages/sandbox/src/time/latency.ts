import { z } from 'zod';
import { createPrng } from '../faults/prng';

export const latencyOptionsSchema = z.object({
  minMs: z.number().int().nonnegative(),
  maxMs: z.number().int().nonnegative(),
  seed: z.number().int().optional(),
  /** How long `POST /crm/v3/schemas` takes (default 3000 ms): HubSpot creates object types slowly. */
  schemaCreateMs: z.number().int().nonnegative().optional(),
});
export type LatencyOptions = z.infer<typeof latencyOptionsSchema>;

/** Draws each request's delay from [minMs, maxMs], the same sequence under the same seed. */
export class LatencyPlan {
  private readonly random: () => number;
  readonly schemaCreateMs: number;

  constructor(private readonly options: LatencyOptions) {
    this.random = createPrng(options.seed ?? 1);
    this.schemaCreateMs = options.schemaCreateMs ?? 3000;
  }

  next(): number {
    const { minMs, maxMs } = this.options;
    const low = Math.min(minMs, maxMs);
    return low + Math.floor(this.random() * (Math.max(minMs, maxMs) - low + 1));
  }
}

/** `100-500` or `250` (CLI form) as latency options. */
export function parseLatencyRange(text: string, seed?: number): LatencyOptions {
  const match = /^(\d+)(?:-(\d+))?$/.exec(text.trim());
  if (!match) throw new Error(`latency must be <ms> or <min>-<max>, got "${text}"`);
  const minMs = Number(match[1]);
  const maxMs = match[2] === undefined ? minMs : Number(match[2]);
  if (maxMs < minMs) throw new Error(`latency ${text}: the maximum is below the minimum`);
  return { minMs, maxMs, seed };
}
