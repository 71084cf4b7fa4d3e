import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cliClient,
  runOnce,
  runRecompute,
  runSchedule,
  RunStopped,
  type RunLogLine,
  type Scheduler,
} from '@care-model/cli';
import { createSandbox, type Sandbox } from '@care-model/sandbox';
import { appState, now, portfolioSandbox, runCli, stateDir } from './cliHarness';

const everyMs = 15 * 60_000;
const dayMs = 24 * 3_600_000;

/**
 * A clock that a sleep moves on at once; `between(n)` runs after the nth run, before the next;
 * `moved` hears each new time (a portal's clock may follow it).
 */
function fakeScheduler(
  between: (sleeps: number) => Promise<void>,
  moved: (ms: number) => void = () => {},
): Scheduler {
  let clock = now.getTime();
  let sleeps = 0;
  moved(clock);
  return {
    now: () => new Date(clock),
    sleep: async (ms) => {
      clock += ms;
      moved(clock);
      sleeps += 1;
      await between(sleeps);
    },
  };
}

/** Sets the upsell score of companies over HTTP, as a rep's assessment would. */
async function assess(sandbox: Sandbox, ids: readonly string[], score: string): Promise<void> {
  for (const id of ids) {
    const answer = await fetch(`${sandbox.url}/crm/v3/objects/companies/${id}`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer test', 'content-type': 'application/json' },
      body: JSON.stringify({ properties: { care_potential_upsell: score } }),
    });
    expect(answer.status).toBe(200);
  }
}

const companyIds = (sandbox: Sandbox) =>
  [...(sandbox.store.findType('companies')?.records.keys() ?? [])].sort();

function schedule(
  sandbox: Sandbox,
  dir: string,
  scheduler: Scheduler,
  stop: AbortSignal,
  syncTasks = false,
) {
  const cli = cliClient({ baseUrl: sandbox.url, token: 'test' }, { ratePer10s: 100_000 });
  const lines: RunLogLine[] = [];
  const done = runSchedule({
    everyMs,
    fullEveryMs: dayMs,
    scheduler,
    stop,
    counts: cli.counts,
    log: (line) => lines.push(line),
    run: (mode, at) => runOnce(cli, { mode, now: at, syncTasks, stateDir: dir, stop }),
  });
  return { lines, done };
}

function withoutClassifiedAt(state: ReturnType<typeof appState>, ids: ReadonlySet<string>) {
  const companies = state.companies.map(([id, fields]) => {
    if (typeof fields !== 'object' || !ids.has(String(id))) return [id, fields];
    const { care_classified_at: _dropped, ...rest } = fields;
    return [id, rest];
  });
  return { ...state, companies };
}

const events = (lines: readonly RunLogLine[]) =>
  lines.map((line) => (line.event === 'error' ? `error:${line.kind}` : line.event));

// Each case runs several recomputes of a portal over HTTP, or starts the CLI process.
jest.setTimeout(60_000);

describe('care-model run against the sandbox', () => {
  const open: Sandbox[] = [];
  const sandbox = async (...args: Parameters<typeof portfolioSandbox>) => {
    const created = await portfolioSandbox(...args);
    open.push(created);
    return created;
  };
  afterAll(() => Promise.all(open.map((s) => s.close())));

  it('two incremental intervals with changes in between, then SIGTERM: the portal equals a full run', async () => {
    // The portal's clock (hs_lastmodifieddate) follows the schedule's, from an hour after the seed.
    let portalMs = now.getTime() - 3_600_000;
    const portal = await sandbox(80, { clock: () => new Date(portalMs) });
    const reference = await sandbox(80);
    const ids = companyIds(portal);
    const stop = new AbortController();
    const scheduler = fakeScheduler(
      async (sleeps) => {
        if (sleeps === 1) await assess(portal, ids.slice(0, 10), '4');
        if (sleeps === 2) await assess(portal, ids.slice(10, 20), '1');
        if (sleeps === 3) stop.abort(new RunStopped('SIGTERM'));
      },
      (ms) => (portalMs = ms),
    );
    portal.requestLog.reset();
    const { lines, done } = schedule(portal, stateDir(), scheduler, stop.signal);
    await done;

    expect(events(lines)).toEqual(['start', 'end', 'start', 'end', 'start', 'end', 'stopped']);
    const ends = lines.flatMap((line) => (line.event === 'end' ? [line] : []));
    expect(ends.map((end) => [end.mode, end.ranAs])).toEqual([
      ['full', 'full'],
      ['incremental', 'incremental'],
      ['incremental', 'incremental'],
    ]);
    expect(ends[1]).not.toHaveProperty('note');
    expect(ends.slice(1).every((end) => end.changed > 0)).toBe(true);
    // An incremental tick reads the ten assessed companies, not the 80.
    expect(ends.slice(1).every((end) => end.companies < 80)).toBe(true);
    // The patches of the test are in the log too: 20 of them.
    const requests = ends.reduce((sum, end) => sum + end.requests, 0);
    expect(requests).toBe(portal.requestLog.count() - 20);
    expect(lines.at(-1)).toMatchObject({ event: 'stopped', signal: 'SIGTERM', resumable: false });

    const cli = cliClient({ baseUrl: reference.url, token: 'test' }, { ratePer10s: 100_000 });
    const full = (at: Date) =>
      runRecompute(cli, {
        now: at,
        dryRun: false,
        syncTasks: false,
        resume: false,
        stateDir: stateDir(),
      });
    await full(now);
    await assess(reference, ids.slice(0, 10), '4');
    await assess(reference, ids.slice(10, 20), '1');
    await full(new Date(now.getTime() + 2 * everyMs));
    // care_classified_at is when a company's fields last changed: the tick that saw the change.
    const assessed = new Set(ids.slice(0, 20));
    expect(withoutClassifiedAt(appState(portal), assessed)).toEqual(
      withoutClassifiedAt(appState(reference), assessed),
    );
    expect(appState(portal).companies.filter(([id]) => !assessed.has(String(id)))).toEqual(
      appState(reference).companies.filter(([id]) => !assessed.has(String(id))),
    );
  });

  it('a stop mid-run ends at a batch boundary and the next start finishes the run', async () => {
    const reference = await sandbox(150);
    const cli = cliClient({ baseUrl: reference.url, token: 'test' }, { ratePer10s: 100_000 });
    await runRecompute(cli, {
      now,
      dryRun: false,
      syncTasks: true,
      resume: false,
      stateDir: stateDir(),
    });

    const portal = await sandbox(150);
    const dir = stateDir();
    const stop = new AbortController();
    const log = portal.requestLog;
    const add = log.add.bind(log);
    log.reset();
    log.add = (entry) => {
      if (log.entries().length === 8) stop.abort(new RunStopped('SIGTERM'));
      return add(entry);
    };
    const first = schedule(
      portal,
      dir,
      fakeScheduler(async () => {}),
      stop.signal,
      true,
    );
    await first.done;
    expect(first.lines.at(-1)).toMatchObject({ event: 'stopped', resumable: true });
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    expect(manifest).toMatchObject({ phase: 'running' });

    const again = new AbortController();
    const second = schedule(
      portal,
      dir,
      fakeScheduler(async () => again.abort(new RunStopped('SIGTERM'))),
      again.signal,
      true,
    );
    await second.done;
    expect(second.lines.find((line) => line.event === 'end')).toMatchObject({ resumed: true });
    expect(appState(portal)).toEqual(appState(reference));
  });

  it('a 503 outage is logged and the next tick runs', async () => {
    // Six 503s: every attempt the SDK makes at the run's first request.
    const portal = await sandbox(30, { faults: { share: 1, kinds: ['503'], limit: 6 } });
    const stop = new AbortController();
    const scheduler = fakeScheduler(async (sleeps) => {
      if (sleeps === 2) stop.abort(new RunStopped('SIGTERM'));
    });
    const { lines, done } = schedule(portal, stateDir(), scheduler, stop.signal);
    await done;
    expect(events(lines)).toEqual(['start', 'error:transient', 'start', 'end', 'stopped']);
    expect(lines[1]).toMatchObject({ mode: 'full', message: expect.stringMatching(/\(503/) });
    // The failed full run is not counted as one: the next tick is full again.
    expect(lines[2]).toMatchObject({ event: 'start', mode: 'full' });
  });
});

describe('the care-model run process', () => {
  let portal: Sandbox;
  let bare: Sandbox;
  beforeAll(async () => {
    portal = await portfolioSandbox(10, { acceptTokens: ['good-token'] });
    bare = await createSandbox({ seed: { companies: [] } });
  });
  afterAll(() => Promise.all([portal.close(), bare.close()]));

  const args = (token: string, ...extra: string[]) => [
    'run',
    '--base-url',
    portal.url,
    '--token',
    token,
    '--state-dir',
    stateDir(),
    ...extra,
  ];

  it('exits non-zero after one fatal log line when the token is refused (401)', async () => {
    const run = await runCli(args('revoked'));
    expect(run.code).not.toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      expect.objectContaining({ event: 'start' }),
      expect.objectContaining({
        event: 'error',
        kind: 'fatal',
        message: expect.stringMatching(/401/),
      }),
    ]);
    expect(run.stderr).toMatch(/refused the app’s access token \(401\)/);
  });

  it('exits 2 when the app is not installed', async () => {
    const run = await runCli([
      'run',
      '--base-url',
      bare.url,
      '--token',
      'x',
      '--state-dir',
      stateDir(),
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/"event":"error".*"kind":"fatal"/);
    expect(run.stderr).toMatch(/not installed in this portal yet: run `care-model install` first/);
  });

  it('refuses an invalid --every with one line and exit 2', async () => {
    const run = await runCli(args('good-token', '--every', '15 minutes'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Invalid value for --every: use a whole number and a unit/);
  });

  it('stops with exit 0 on SIGTERM while it waits for the next tick', async () => {
    const run = await runCli(args('good-token', '--every', '15m'), (child) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"event":"end"')) child.kill('SIGTERM');
      });
    });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(
      /"event":"stopped","at":"[^"]+","signal":"SIGTERM"/,
    );
  });
});
