import { createSandbox, faultKinds, type FaultKind, type Sandbox } from '@care-model/sandbox';
import {
  appState,
  duplicateTaskKeys,
  now,
  recomputeIn,
  runCli,
  stateDir,
  uncappedPortal,
} from './cliHarness';

const companies = 1500;
const share = 0.25;
// Each case: a faulty CLI process, then a clean rerun in this process, over HTTP.
jest.setTimeout(300_000);

const recompute = (sandbox: Sandbox) => recomputeIn(sandbox.url);

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

/** A fault-free run (its state as `afterOne`), then its rerun (`reference`), on a fresh portal. */
async function faultFree() {
  const { sandbox } = await uncappedPortal(companies);
  await recompute(sandbox);
  const afterOne = portalState(sandbox);
  await recompute(sandbox);
  const reference = portalState(sandbox);
  await sandbox.close();
  return { afterOne, reference };
}

// The kinds that write before they fail, alone; then every kind together (the plain 5xx and timeouts
// alone are test/cli/recompute.test.ts's, at 20 %). More cases at once overload 2 cores.
const cases: [string, FaultKind[]][] = [
  ['after-write-500', ['after-write-500']],
  ['after-write-timeout', ['after-write-timeout']],
  ['batch-partial', ['batch-partial']],
  ['every kind', [...faultKinds]],
];

describe('recompute --sync-tasks with faults after a write, then a clean rerun', () => {
  let expected: ReturnType<typeof faultFree> | undefined;
  // The cases run at once (mostly waiting on faults); they share one fault-free reference.
  const reference = () => (expected ??= faultFree());

  it.concurrent.each(cases)('%s at 25 %%: no duplicate, nothing missing', async (_, kinds) => {
    const { sandbox: clean, statePath } = await uncappedPortal(companies);
    await clean.close();
    const faulty = await createSandbox({ statePath, faults: { share, seed: 11, kinds } });
    const run = await runCli(recomputeArgs(faulty));
    const landed = portalState(faulty);
    await faulty.close();
    const { afterOne, reference: rerunState } = await reference();
    expect(afterOne.tasks.length).toBeGreaterThan(500);
    expect(faulty.requestLog.entries().some((entry) => entry.fault !== undefined)).toBe(true);
    // Whatever did not land, the run says so with its exit code.
    if (JSON.stringify(landed) !== JSON.stringify(afterOne)) expect(run.code).not.toBe(0);
    // A run that gave up says how to go on.
    if (run.code !== 0) expect(run.stderr).toMatch(/--resume/);
    expect(run.stderr).not.toMatch(/someone else/);
    expect(duplicateTaskKeys(faulty)).toEqual([]);

    const rerun = await createSandbox({ statePath });
    const result = await recompute(rerun);
    expect(result).toMatchObject({ companiesNotWritten: 0, tasksNotCreated: 0 });
    expect(duplicateTaskKeys(rerun)).toEqual([]);
    expect(portalState(rerun)).toEqual(rerunState);
    await rerun.close();
  });
});

/** The `--json` summary after the progress lines. */
const json = (stdout: string) => stdout.slice(stdout.indexOf('\n{') + 1);

describe('a partial answer (207) to every company update', () => {
  it('exits 3 saying how many did not land, and --resume writes them', async () => {
    const { sandbox: clean, statePath } = await uncappedPortal(150);
    await clean.close();
    const match = { method: 'POST', path: '/companies/batch/update$' };
    const faulty = await createSandbox({
      statePath,
      faults: { share: 1, kinds: ['batch-partial'], match },
    });
    const dir = stateDir();
    const args = (sandbox: Sandbox) => [
      ...['recompute', '--base-url', sandbox.url, '--token', 'test', '--now', now.toISOString()],
      ...['--sync-tasks', '--state-dir', dir, '--json'],
    ];
    const run = await runCli(args(faulty));
    await faulty.close();
    expect(run.code).toBe(3);
    const summary: unknown = JSON.parse(json(run.stdout));
    expect(summary).toMatchObject({ tasksNotCreated: 0 });
    expect(run.stderr).toMatch(/\d+ companies were not updated.* pass --resume/);

    const healthy = await createSandbox({ statePath, port: faulty.port });
    const resumed = await runCli([...args(healthy), '--resume']);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(JSON.parse(json(resumed.stdout))).toMatchObject({ companiesNotWritten: 0 });
    await expect(recompute(healthy)).resolves.toMatchObject({ changed: 0 });
    await healthy.close();
  });
});
