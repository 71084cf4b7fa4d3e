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
    ...['--sync-tasks', '--state-dir', stateDir(), '--rate-limit', '10000', '--timeout-ms', '1000'],
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

/** A faulty CLI process on a portal of its own; its sandbox is closed when the run has ended. */
async function faultyRun(kinds: FaultKind[]) {
  const { sandbox: clean, statePath } = await uncappedPortal(companies);
  await clean.close();
  const faulty = await createSandbox({ statePath, faults: { share, seed: 11, kinds } });
  try {
    const run = await runCli(recomputeArgs(faulty));
    const faults = faulty.requestLog.entries().filter((entry) => entry.fault !== undefined).length;
    return {
      statePath,
      run,
      faults,
      landed: portalState(faulty),
      duplicatesAfterFaults: duplicateTaskKeys(faulty),
    };
  } finally {
    await faulty.close();
  }
}

/** The clean rerun, in this process, on what the faulty run left. */
async function cleanRerun(statePath: string) {
  const rerun = await createSandbox({ statePath });
  try {
    const result = await recompute(rerun);
    return {
      rerun: result,
      rerunState: portalState(rerun),
      duplicatesAfterRerun: duplicateTaskKeys(rerun),
    };
  } finally {
    await rerun.close();
  }
}

describe('recompute --sync-tasks with faults after a write, then a clean rerun', () => {
  // Three phases, so no in-process recompute competes with a faulty run's sandbox for this event
  // loop: the fault-free reference, the faulty CLI processes at once, then the reruns one by one.
  let reference: Awaited<ReturnType<typeof faultFree>>;
  const outcomes = new Map<
    string,
    Omit<Awaited<ReturnType<typeof faultyRun>>, 'statePath'> &
      Awaited<ReturnType<typeof cleanRerun>>
  >();
  beforeAll(async () => {
    reference = await faultFree();
    const faulty = await Promise.all(cases.map(([, kinds]) => faultyRun(kinds)));
    for (const [index, [name]] of cases.entries()) {
      const { statePath, ...landed } = faulty[index]!;
      outcomes.set(name, { ...landed, ...(await cleanRerun(statePath)) });
    }
  }, 600_000);

  it.each(cases)('%s at 25 %%: no duplicate, nothing missing', (name) => {
    const outcome = outcomes.get(name)!;
    const { run, landed } = outcome;
    expect(reference.afterOne.tasks.length).toBeGreaterThan(500);
    expect(outcome.faults).toBeGreaterThan(0);
    // Whatever did not land, the run says so with its exit code.
    if (JSON.stringify(landed) !== JSON.stringify(reference.afterOne)) expect(run.code).not.toBe(0);
    // A run that gave up says how to go on.
    if (run.code !== 0) expect(run.stderr).toMatch(/--resume/);
    expect(run.stderr).not.toMatch(/someone else/);
    expect(outcome.duplicatesAfterFaults).toEqual([]);

    expect(outcome.rerun).toMatchObject({ companiesNotWritten: 0, tasksNotCreated: 0 });
    expect(outcome.duplicatesAfterRerun).toEqual([]);
    expect(outcome.rerunState).toEqual(reference.reference);
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
    // `requests` counts every HTTP request the run sent, as the portal's log does.
    expect(summary).toMatchObject({ tasksNotCreated: 0, requests: faulty.requestLog.count() });
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
