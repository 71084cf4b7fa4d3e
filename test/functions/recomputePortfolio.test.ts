import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@hubspot/api-client';
import { defaultConfig, type CareConfig } from '@care-model/core';
import type { FunctionData, FunctionResult } from '@care-model/contract';
import { claimKeys, cliLeaseKey, releaseClaims, saveSettingsVersion } from '@care-model/hubspot';
import { generateDemoSeed, type Sandbox, type SandboxOptions } from '@care-model/sandbox';
import { appState, duplicateTaskKeys, now, portfolioSandbox, recomputeIn } from '../cli/cliHarness';
import { dataOf, invoke, setNow, startPortal, tasksIn, type Portal } from './support/portal';

// Whole recomputes over HTTP, one under HubSpot's latency (about a minute on shared cores).
jest.setTimeout(180_000);

type Run = FunctionData['recompute_portfolio'];

const paretoConfig: CareConfig = {
  ...defaultConfig,
  value: { ...defaultConfig.value, classes: { mode: 'pareto', aShare: 0.65, cShareOfCount: 0.8 } },
};

async function portalOf(companies: number, options: SandboxOptions = {}): Promise<Portal> {
  const portal = await startPortal(generateDemoSeed({ now, companies, appValues: true }), options);
  for (let pass = 0; pass < 5; pass += 1) {
    const installed = dataOf(await invoke('install_fields', {}));
    if (!installed.remaining) return portal;
  }
  throw new Error('the install did not finish in five calls');
}

async function saveConfig(baseUrl: string, config: CareConfig): Promise<void> {
  const client = new Client({ accessToken: 'test', basePath: baseUrl });
  const entry = { version: 1, config: { ...config, version: 1 }, savedBy: 'test' };
  await saveSettingsVersion(client, { ...entry, timeZone: 'Europe/Helsinki', savedAt: now });
}

/** The CLI's full recompute of the reference portal, to compare with. */
const fullRecompute = (baseUrl: string) => recomputeIn(baseUrl, { syncTasks: false });

/** Steps the run until it is done, timing each call. */
async function finish(first: Run, timings: number[] = []): Promise<Run> {
  let answer = first;
  for (let calls = 0; answer.run?.phase !== 'done'; calls += 1) {
    expect(calls).toBeLessThan(100);
    // Another admin's step is running: ask again in a moment, as the settings page does.
    if (answer.busy || answer.run === null)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    answer = dataOf(await invoke('recompute_portfolio', { action: 'step' }));
    timings.push(performance.now() - started);
  }
  return answer;
}

const companyPageReads = (portal: Portal) =>
  portal.sandbox.requestLog.count({ method: 'GET', path: /^\/crm\/v3\/objects\/companies$/ });

/** The stored snapshot without the CLI's change cursor (the in-app recompute keeps none). */
const storedSnapshot = (sandbox: Sandbox) => {
  const settings = [...(sandbox.store.findType('p_care_model_settings')?.records.values() ?? [])];
  const text = settings.find((r) => r.properties.care_portfolio_snapshot)?.properties
    .care_portfolio_snapshot;
  if (!text) return null;
  const { cursor: _cursor, ...snapshot } = JSON.parse(text) as Record<string, unknown>;
  return snapshot;
};

beforeAll(() => setNow(now.toISOString()));

describe('recompute_portfolio: the in-app recompute (decision 0018)', () => {
  it.each([
    ['bands', defaultConfig],
    ['pareto', paretoConfig],
  ] as const)(
    '%s mode: steps until done; every stored company field and the snapshot equal a CLI full recompute',
    async (_mode, config) => {
      const portal = await portalOf(250);
      const reference = await portfolioSandbox(250);
      try {
        await saveConfig(portal.sandbox.url, config);
        await saveConfig(reference.url, config);
        const started = dataOf(await invoke('recompute_portfolio', { action: 'start' }));
        const done = await finish(started);
        await fullRecompute(reference.url);
        expect(done.run).toMatchObject({ run: 1, evaluated: 250, snapshot: 'saved' });
        expect(done.run?.changed).toBeGreaterThan(0);
        expect(appState(portal.sandbox).companies).toEqual(appState(reference).companies);
        expect(storedSnapshot(portal.sandbox)).toEqual(storedSnapshot(reference));
      } finally {
        await portal.close();
        await reference.close();
      }
    },
  );

  it('two admins starting at once make one run, and each page is read once', async () => {
    const portal = await portalOf(250);
    try {
      portal.sandbox.requestLog.reset();
      const starts = await Promise.all([
        invoke('recompute_portfolio', { action: 'start' }),
        invoke('recompute_portfolio', { action: 'start' }),
      ]).then((answers) => answers.map(dataOf));
      expect(starts.map((s) => s.busy).sort()).toEqual([false, true]);
      const done = await Promise.all(starts.map((s) => finish(s)));
      expect(done.map((d) => d.run?.run)).toEqual([1, 1]);
      expect(done[0]?.run?.evaluated).toBe(250);
      // 250 companies are 3 pages: no page was read twice.
      expect(companyPageReads(portal)).toBe(3);
    } finally {
      await portal.close();
    }
  });

  it('a CLI recompute and the settings page never run at once: each waits for the other', async () => {
    // The CLI judges leases and steps by its own clock: the portal's runs on it here.
    setNow(new Date().toISOString());
    const portal = await portalOf(1000, { latency: { minMs: 200, maxMs: 300, seed: 4 } });
    try {
      const lease = {
        care_claimed_by: 'recompute test-run',
        care_lease_until: new Date(Date.now() + 60_000).toISOString(),
      };
      const { claimed } = await claimKeys(portal.hubspot, [cliLeaseKey], lease);
      const held = dataOf(await invoke('recompute_portfolio', { action: 'start' }));
      expect(held).toMatchObject({ busy: true, run: null });
      await releaseClaims(portal.hubspot, claimed);

      const started = dataOf(await invoke('recompute_portfolio', { action: 'start' }));
      expect(started.run?.phase).toBe('companies');
      await expect(fullRecompute(portal.sandbox.url)).rejects.toThrow(
        /settings page is under way \(run 1, \d+ of 10 pages\)/,
      );
      expect((await finish(started)).run).toMatchObject({ evaluated: 1000 });
      await fullRecompute(portal.sandbox.url);
    } finally {
      await portal.close();
      setNow(now.toISOString());
    }
  });

  it('under 100–500 ms per call and 190 calls per 10 s: no step takes 8 s, and a run left mid-way resumes', async () => {
    const companies = 1000;
    const portal = await portalOf(companies, {
      latency: { minMs: 100, maxMs: 500, seed: 7, schemaCreateMs: 1000 },
      rateLimit: { burst: 190, windowMs: 10_000 },
    });
    try {
      const timings: number[] = [];
      let started = performance.now();
      const first = dataOf(
        await invoke('recompute_portfolio', { action: 'start', syncTasks: true }),
      );
      timings.push(performance.now() - started);
      expect(first.run).toMatchObject({ phase: 'companies', pagesTotal: 10 });
      expect(first.secondsLeft).toBeGreaterThan(0);
      // The admin closes the page; coming back, the settings page reads the run and starts again.
      const back = dataOf(await invoke('recompute_portfolio', { action: 'status' }));
      expect(back.run).toEqual(first.run);
      started = performance.now();
      const resumed = dataOf(await invoke('recompute_portfolio', { action: 'start' }));
      timings.push(performance.now() - started);
      expect(resumed.run).toMatchObject({ run: 1, steps: 2, syncTasks: true });
      const done = await finish(resumed, timings);
      expect(done.run).toMatchObject({
        run: 1,
        evaluated: companies,
        phase: 'done',
        snapshot: 'saved',
      });
      expect(done.run?.tasksCreated).toBeGreaterThan(0);
      expect(duplicateTaskKeys(portal.sandbox)).toEqual([]);
      expect(tasksIn(portal).length).toBeGreaterThanOrEqual(done.run?.tasksCreated ?? Infinity);
      expect(Math.max(...timings)).toBeLessThan(8000);
      process.stdout.write(
        `recompute_portfolio, ${companies} companies, 100–500 ms: ${timings.length} steps, ${timings.map((t) => (t / 1000).toFixed(1)).join(' / ')} s\n`,
      );
    } finally {
      await portal.close();
    }
  });

  it('under 35 % injected 5xx answers, pressing again finishes the run with the fields of a fault-free CLI run', async () => {
    // Faults count from the first request: install on a clean portal, then reopen its state with them.
    const statePath = join(mkdtempSync(join(tmpdir(), 'care-in-app-')), 'state.json');
    await (await portalOf(250, { statePath })).close();
    const seed = generateDemoSeed({ now, companies: 250, appValues: true });
    const portal = await startPortal(seed, {
      statePath,
      faults: { share: 0.35, seed: 5, kinds: ['500', '502', '503'] },
    });
    const reference = await portfolioSandbox(250);
    try {
      await fullRecompute(reference.url);
      let clock = now.getTime();
      let failed = 0;
      let answer: Run | null = null;
      for (let calls = 0; answer?.run?.phase !== 'done'; calls += 1) {
        expect(calls).toBeLessThan(60);
        const result: FunctionResult<Run> = await invoke('recompute_portfolio', {
          action: answer ? 'step' : 'start',
        });
        if (!result.ok) {
          failed += 1;
          continue;
        }
        answer = result.data;
        // A claim whose create was answered 5xx looks held by another: its lease ends after 30 s.
        if (answer.busy) setNow(new Date((clock += 31_000)).toISOString());
      }
      expect(failed).toBeGreaterThan(0);
      expect(answer?.run).toMatchObject({ run: 1, evaluated: 250, snapshot: 'saved' });
      expect(appState(portal.sandbox).companies).toEqual(appState(reference).companies);
    } finally {
      setNow(now.toISOString());
      await portal.close();
      await reference.close();
    }
  });
});
