/** What the CLI's integration tests drive without a child process. */
export { cliClient } from './hubspot/cliClient';
export { callFloor } from './commands/recomputeCommand';
export { runRecompute } from './recompute/runRecompute';
