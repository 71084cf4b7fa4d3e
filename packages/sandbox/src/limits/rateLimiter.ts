import { z } from 'zod';

export const rateLimitOptionsSchema = z.object({
  /** Requests per rolling window (HubSpot Professional: 190 per 10 s). */
  burst: z.number().int().positive(),
  windowMs: z.number().int().positive().optional(),
  daily: z.number().int().positive().optional(),
  /** Searches per second per portal (HubSpot: 5); `false` turns the search limit off. */
  searchPerSecond: z.union([z.number().int().positive(), z.literal(false)]).optional(),
});
export type RateLimitOptions = z.infer<typeof rateLimitOptionsSchema>;

export type RateDecision =
  | { ok: true }
  | { ok: false; policyName: 'TEN_SECONDLY_ROLLING' | 'DAILY' | 'SECONDLY'; message: string };

/** HubSpot's three limits: rolling burst window, daily total, search per second. */
export class RateLimiter {
  private readonly windowMs: number;
  private readonly daily: number;
  private readonly searchPerSecond: number | false;
  private recent: number[] = [];
  private searches: number[] = [];
  private dailyUsed = 0;

  constructor(private readonly options: RateLimitOptions) {
    this.windowMs = options.windowMs ?? 10_000;
    this.daily = options.daily ?? 650_000;
    this.searchPerSecond = options.searchPerSecond ?? 5;
  }

  take(now: number, isSearch: boolean): RateDecision {
    this.recent = this.recent.filter((at) => now - at < this.windowMs);
    this.searches = this.searches.filter((at) => now - at < 1000);
    if (this.dailyUsed >= this.daily) {
      return { ok: false, policyName: 'DAILY', message: 'You have reached your daily limit.' };
    }
    if (
      isSearch &&
      this.searchPerSecond !== false &&
      this.searches.length >= this.searchPerSecond
    ) {
      return {
        ok: false,
        policyName: 'SECONDLY',
        message: 'You have reached your secondly limit.',
      };
    }
    if (!isSearch && this.recent.length >= this.options.burst) {
      return {
        ok: false,
        policyName: 'TEN_SECONDLY_ROLLING',
        message: 'You have reached your ten_secondly_rolling limit.',
      };
    }
    if (isSearch) this.searches.push(now);
    else this.recent.push(now);
    this.dailyUsed += 1;
    return { ok: true };
  }

  headers(now: number): Record<string, string> {
    const live = this.recent.filter((at) => now - at < this.windowMs).length;
    return {
      'x-hubspot-ratelimit-interval-milliseconds': String(this.windowMs),
      'x-hubspot-ratelimit-max': String(this.options.burst),
      'x-hubspot-ratelimit-remaining': String(Math.max(0, this.options.burst - live)),
      'x-hubspot-ratelimit-daily': String(this.daily),
      'x-hubspot-ratelimit-daily-remaining': String(Math.max(0, this.daily - this.dailyUsed)),
    };
  }
}
