/** The reason a stop signal aborts a run with: not a failure, the run is resumable. */
export class RunStopped extends Error {
  constructor(readonly signal: string) {
    super(`stopped by ${signal}`);
  }
}
