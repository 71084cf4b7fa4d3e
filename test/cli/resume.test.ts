import type { Sandbox } from '@care-model/sandbox';
import { appState, duplicateTaskKeys, now, portfolioSandbox, runCli, stateDir } from './cliHarness';

const companies = 150;
/** Each case starts the CLI twice (tsx compiles the sources each time): seconds, more on a busy machine. */
const twoRunsMs = 30_000;

function recomputeArgs(sandbox: Sandbox, dir: string, extra: string[] = []): string[] {
  return [
    'recompute',
    '--base-url',
    sandbox.url,
    '--token',
    'test',
    '--now',
    now.toISOString(),
    '--sync-tasks',
    '--state-dir',
    dir,
    // Paced (≈ 17 ms apart) so that a kill lands at the request it was meant for.
    '--rate-limit',
    '600',
    ...extra,
  ];
}

/** Kills the CLI with SIGKILL when the sandbox receives its `n`th request. */
function killAt(sandbox: Sandbox, n: number) {
  return (child: { kill(signal: NodeJS.Signals): boolean }) => {
    const log = sandbox.requestLog;
    const add = log.add.bind(log);
    const before = log.entries().length;
    log.add = (entry) => {
      if (log.entries().length + 1 - before === n) child.kill('SIGKILL');
      return add(entry);
    };
  };
}

describe('recompute --resume after kill -9', () => {
  let reference: ReturnType<typeof appState>;
  let requests = 0;

  beforeAll(async () => {
    const sandbox = await portfolioSandbox(companies);
    sandbox.requestLog.reset();
    const run = await runCli(recomputeArgs(sandbox, stateDir()));
    expect(run.code).toBe(0);
    reference = appState(sandbox);
    requests = sandbox.requestLog.count();
    await sandbox.close();
  }, twoRunsMs);

  // Kill points across the phases: reading, claiming and creating tasks, writing fields.
  it.each([0.1, 0.35, 0.55, 0.75, 0.95])(
    'finishes the job killed at %p of its requests',
    async (share) => {
      const sandbox = await portfolioSandbox(companies);
      const dir = stateDir();
      const killed = await runCli(
        recomputeArgs(sandbox, dir),
        killAt(sandbox, Math.max(2, Math.round(requests * share))),
      );
      expect(killed.signal).toBe('SIGKILL');
      const resumed = await runCli(recomputeArgs(sandbox, dir, ['--resume']));
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      expect(appState(sandbox)).toEqual(reference);
      expect(duplicateTaskKeys(sandbox)).toEqual([]);
      await sandbox.close();
    },
    twoRunsMs,
  );
});
