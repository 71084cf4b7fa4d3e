/** What the CLI's integration tests drive without a child process. */
export { cliClient } from './hubspot/cliClient';
export { callFloor } from './commands/recomputeCommand';
export { runRecompute } from './recompute/runRecompute';
export { runOnce, type RunMode } from './runner/runOnce';
export { runSchedule } from './runner/runSchedule';
export type { Scheduler } from './runner/realScheduler';
export type { RunLogLine } from './runner/runLogLine';
export { RunStopped } from './runner/runStopped';
export { searchWindow } from './hubspot/searchWindow';
