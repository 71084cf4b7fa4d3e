import { z } from 'zod';
import { createPrng } from './prng';

export const faultKinds = [
  '500',
  '502',
  '503',
  'timeout',
  'slow',
  'after-write-500',
  'after-write-timeout',
  'batch-partial',
] as const;
export type FaultKind = (typeof faultKinds)[number];

/** Faults that leave state untouched; the after-write and batch-partial kinds must be asked for. */
export const defaultFaultKinds: readonly FaultKind[] = ['500', '502', '503', 'timeout', 'slow'];

export const faultOptionsSchema = z.object({
  share: z.number().min(0).max(1),
  seed: z.number().int().optional(),
  kinds: z.array(z.enum(faultKinds)).min(1).optional(),
  slowMs: z.number().int().nonnegative().optional(),
  /** Only requests with this method and a path matching this regular expression draw faults. */
  match: z.object({ method: z.string().optional(), path: z.string().optional() }).optional(),
  /** At most this many faults, then none. */
  limit: z.number().int().positive().optional(),
});
export type FaultOptions = z.infer<typeof faultOptionsSchema>;

/** Draws a fault (or none) for each request in arrival order, deterministically under the seed. */
export class FaultPlan {
  private readonly random: () => number;
  private readonly kinds: readonly FaultKind[];
  readonly slowMs: number;

  constructor(private readonly options: FaultOptions) {
    this.random = createPrng(options.seed ?? 1);
    this.kinds = options.kinds ?? defaultFaultKinds;
    this.slowMs = options.slowMs ?? 1500;
  }

  private drawn = 0;

  next(method = '', path = ''): FaultKind | undefined {
    const { match, limit } = this.options;
    if (match?.method && match.method.toUpperCase() !== method.toUpperCase()) return undefined;
    if (match?.path && !new RegExp(match.path).test(path)) return undefined;
    if (limit !== undefined && this.drawn >= limit) return undefined;
    const roll = this.random();
    const pick = this.random();
    if (roll >= this.options.share) return undefined;
    this.drawn += 1;
    return this.kinds[Math.floor(pick * this.kinds.length)];
  }
}

export const faultAnswers: Record<'500' | '502' | '503', { message: string; category: string }> = {
  '500': { message: 'internal error', category: 'INTERNAL_ERROR' },
  '502': { message: 'Bad Gateway', category: 'BAD_GATEWAY' },
  '503': { message: 'Service Unavailable', category: 'SERVICE_UNAVAILABLE' },
};
