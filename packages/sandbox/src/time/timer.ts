/** The sandbox's sense of elapsed time: rate limits, latency and time limits read it, never Date.now(). */
export interface SandboxTimer {
  /** Milliseconds on a monotonic-enough scale (epoch for the real timer). */
  now(): number;
  /** Resolves after `ms` of this timer's time. */
  sleep(ms: number): Promise<void>;
}

export const realTimer: SandboxTimer = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface ManualTimer extends SandboxTimer {
  /** Moves the time forward; sleepers whose time has come resolve. */
  advance(ms: number): void;
}

/**
 * A timer for tests: time moves only by `advance`, or by a sleep when `autoAdvance` is on
 * (then every sleep returns at once and moves the time by its length).
 */
export function createManualTimer(
  options: { start?: number; autoAdvance?: boolean } = {},
): ManualTimer {
  let time = options.start ?? 0;
  let sleepers: { until: number; wake: () => void }[] = [];
  const advance = (ms: number) => {
    time += ms;
    const due = sleepers.filter((sleeper) => sleeper.until <= time);
    sleepers = sleepers.filter((sleeper) => sleeper.until > time);
    for (const sleeper of due) sleeper.wake();
  };
  return {
    now: () => time,
    advance,
    sleep: (ms) => {
      if (options.autoAdvance) {
        advance(ms);
        return Promise.resolve();
      }
      return new Promise((resolve) => {
        sleepers.push({ until: time + ms, wake: resolve });
        if (ms <= 0) advance(0);
      });
    },
  };
}
