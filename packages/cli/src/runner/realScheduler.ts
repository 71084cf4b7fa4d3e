/** The runner's time: the clock, and waiting that a stop cuts short. Tests pass a fake one. */
export interface Scheduler {
  now(): Date;
  /** Resolves after `ms`, or as soon as `stop` is aborted. */
  sleep(ms: number, stop: AbortSignal): Promise<void>;
}

export const realScheduler: Scheduler = {
  now: () => new Date(),
  sleep: (ms, stop) =>
    new Promise((resolve) => {
      if (stop.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        stop.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      stop.addEventListener('abort', done);
    }),
};
