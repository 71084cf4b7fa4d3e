import { cliClient, callFloor, runRecompute } from '@care-model/cli';
import type { Sandbox } from '@care-model/sandbox';
import { appState, duplicateTaskKeys, now, portfolioSandbox, stateDir } from './cliHarness';

// Company and task writes (a run that writes always takes its lease, a claim record).
const batchWrites = /\/objects\/(companies|tasks)\/batch\/(update|create)$/;

async function recompute(sandbox: Sandbox, timeoutMs = 20_000) {
  const cli = cliClient(
    { baseUrl: sandbox.url, token: 'test' },
    { ratePer10s: 100_000, timeoutMs },
  );
  const result = await runRecompute(cli, {
    now,
    dryRun: false,
    syncTasks: true,
    resume: false,
    stateDir: stateDir(),
  });
  return { result, counts: cli.counts() };
}

// Each case runs a whole recompute (or two) of a 150-company portal over HTTP.
jest.setTimeout(30_000);

describe('recompute against the sandbox', () => {
  const open: Sandbox[] = [];
  const sandbox = async (...args: Parameters<typeof portfolioSandbox>) => {
    const created = await portfolioSandbox(...args);
    open.push(created);
    return created;
  };
  afterAll(() => Promise.all(open.map((s) => s.close())));

  it('is idempotent: once the cap has let every step through, a run writes nothing and creates no task', async () => {
    const portal = await sandbox(150);
    const first = await recompute(portal);
    expect(first.result.changed).toBeGreaterThan(0);
    expect(first.result.tasksCreated).toBeGreaterThan(0);
    expect(first.result.tasksHeldBack).toBeGreaterThan(0);
    // Each run lets at most 25 new tasks per owner through (decision 0013); the held-back ones
    // follow, and reminders made redundant by them are closed, until a run has nothing to do.
    for (let run = 0, busy = true; busy; run += 1) {
      expect(run).toBeLessThan(12);
      const next = await recompute(portal);
      expect(next.result.tasksPerOwner.every(([, count]) => count <= 25)).toBe(true);
      busy = next.result.tasksCreated + next.result.tasksClosed > 0;
    }
    portal.requestLog.reset();
    const second = await recompute(portal);
    expect(second.result).toMatchObject({ changed: 0, tasksCreated: 0, steps: 0 });
    expect(portal.requestLog.count({ method: 'POST', path: batchWrites })).toBe(0);
    expect(duplicateTaskKeys(portal)).toEqual([]);
  }, 180_000);

  it('makes no more API calls than the floor plus 5 %', async () => {
    const portal = await sandbox(250);
    portal.requestLog.reset();
    const { result, counts } = await recompute(portal);
    expect(portal.requestLog.count()).toBe(counts.requests);
    expect(counts.retries).toBe(0);
    // Floor: one list page per 100 companies, deals and tasks; the settings; one write per 100 changes; claim + create per 100 tasks; the snapshot.
    expect(counts.requests).toBeLessThanOrEqual(Math.ceil((callFloor(result) ?? 0) * 1.05));
  });

  it('ends in the same state under 20 % injected faults as without them', async () => {
    const clean = await sandbox(120);
    const faulty = await sandbox(120, { faults: { share: 0.2, seed: 7 } });
    await recompute(clean);
    const { counts } = await recompute(faulty, 400);
    expect(counts.retries).toBeGreaterThan(0);
    expect(appState(faulty)).toEqual(appState(clean));
    expect(duplicateTaskKeys(faulty)).toEqual([]);
  });
});
