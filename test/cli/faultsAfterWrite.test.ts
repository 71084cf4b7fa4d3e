import { cliClient, runRecompute } from '@care-model/cli';
import { createSandbox, type FaultKind, type Sandbox } from '@care-model/sandbox';
import { appState, duplicateTaskKeys, now, runCli, stateDir, uncappedPortal } from './cliHarness';

const companies = 1500;
const share = 0.25;
// Each case: a faulty CLI process, then a clean rerun in this process, over HTTP.
jest.setTimeout(120_000);

async function recompute(sandbox: Sandbox) {
  const cli = cliClient({ baseUrl: sandbox.url, token: 'test' }, { ratePer10s: 100_000 });
  return runRecompute(cli, {
    now,
    dryRun: false,
    syncTasks: true,
    resume: false,
    stateDir: stateDir(),
  });
}

function recomputeArgs(sandbox: Sandbox): string[] {
  return [
    'recompute',
    ...['--base-url', sandbox.url, '--token', 'test', '--now', now.toISOString()],
    ...['--sync-tasks', '--state-dir', stateDir(), '--rate-limit', '10000', '--timeout-ms', '250'],
  ];
}

/** The claim ledger's open keys (the lease is given back at the end of each run). */
function claimKeys(sandbox: Sandbox): string[] {
  const claims = [...(sandbox.store.findType('p_care_next_step')?.records.values() ?? [])];
  return claims
    .filter((claim) => !claim.archived)
    .map((claim) => claim.properties.care_step_key ?? '')
    .sort();
}

/** Companies' care_ fields, open tasks and claims, each sorted whole (tasks without a key tie on it). */
function portalState(sandbox: Sandbox) {
  const { companies, tasks } = appState(sandbox);
  const sorted = (items: readonly unknown[]) => items.map((item) => JSON.stringify(item)).sort();
  return { companies: sorted(companies), tasks: sorted(tasks), claims: claimKeys(sandbox) };
}

describe('recompute --sync-tasks with faults after a write, then a clean rerun', () => {
  let afterOne: ReturnType<typeof portalState>;
  let reference: ReturnType<typeof portalState>;

  beforeAll(async () => {
    const { sandbox } = await uncappedPortal(companies);
    await recompute(sandbox);
    afterOne = portalState(sandbox);
    await recompute(sandbox);
    reference = portalState(sandbox);
    await sandbox.close();
    expect(afterOne.tasks.length).toBeGreaterThan(500);
  }, 120_000);

  const cases: [string, FaultKind[]][] = [
    ['after-write-500', ['after-write-500']],
    ['after-write-timeout', ['after-write-timeout']],
    ['batch-partial', ['batch-partial']],
    [
      'every kind',
      ['500', '502', '503', 'timeout', 'after-write-500', 'after-write-timeout', 'batch-partial'],
    ],
  ];
  it.each(cases)('%s at 25 %%: no duplicate, nothing missing', async (_, kinds) => {
    const { sandbox: clean, statePath } = await uncappedPortal(companies);
    await clean.close();
    const faulty = await createSandbox({ statePath, faults: { share, seed: 11, kinds } });
    const run = await runCli(recomputeArgs(faulty));
    const landed = portalState(faulty);
    await faulty.close();
    expect(faulty.requestLog.entries().some((entry) => entry.fault !== undefined)).toBe(true);
    // Whatever did not land, the run says so with its exit code.
    if (JSON.stringify(landed) !== JSON.stringify(afterOne)) expect(run.code).not.toBe(0);
    expect(run.stderr).not.toMatch(/someone else/);
    expect(duplicateTaskKeys(faulty)).toEqual([]);

    const rerun = await createSandbox({ statePath });
    const result = await recompute(rerun);
    expect(result).toMatchObject({ companiesNotWritten: 0, tasksNotCreated: 0 });
    expect(duplicateTaskKeys(rerun)).toEqual([]);
    expect(portalState(rerun)).toEqual(reference);
    await rerun.close();
  });
});
