import { Client } from '@hubspot/api-client';
import { defaultConfig, type CareConfig } from '@care-model/core';
import { saveSettingsVersion } from '@care-model/hubspot';
import { generateDemoSeed } from '@care-model/sandbox';
import { now } from '../cli/cliHarness';
import { dataOf, invoke, setNow, startPortal } from './support/portal';

// The figures of docs/performance.md ("The in-app recompute"): minutes per size, so only on demand:
// MEASURE_IN_APP=1 npx jest test/functions/inAppRecomputeSizes.test.ts
const measure = process.env.MEASURE_IN_APP === '1' ? describe : describe.skip;
jest.setTimeout(900_000);

const pareto: CareConfig = {
  ...defaultConfig,
  version: 1,
  value: { ...defaultConfig.value, classes: { mode: 'pareto', aShare: 0.65, cShareOfCount: 0.8 } },
};

measure('in-app recompute under 100–500 ms per call and 190 calls per 10 s', () => {
  it.each([
    [500, 'bands', false],
    [2000, 'bands', false],
    [2000, 'bands', true],
    [5000, 'bands', false],
    [2000, 'pareto', false],
  ] as const)('%i companies, %s, tasks %s', async (companies, mode, syncTasks) => {
    setNow(now.toISOString());
    const portal = await startPortal(generateDemoSeed({ now, companies, appValues: true }), {
      latency: { minMs: 100, maxMs: 500, seed: 3, schemaCreateMs: 1000 },
      rateLimit: { burst: 190, windowMs: 10_000 },
    });
    try {
      for (let i = 0; i < 5 && dataOf(await invoke('install_fields', {})).remaining; i += 1);
      if (mode === 'pareto') {
        const client = new Client({ accessToken: 'test', basePath: portal.sandbox.url });
        const entry = { version: 1, config: pareto, timeZone: 'Europe/Helsinki', savedBy: 'bench' };
        await saveSettingsVersion(client, { ...entry, savedAt: now });
      }
      portal.sandbox.requestLog.reset();
      const seconds: number[] = [];
      let action: 'start' | 'step' = 'start';
      for (let done = false; !done; action = 'step') {
        const started = performance.now();
        const answer = dataOf(await invoke('recompute_portfolio', { action, syncTasks }));
        seconds.push((performance.now() - started) / 1000);
        done = answer.run?.phase === 'done';
        if (done) expect(answer.run).toMatchObject({ evaluated: companies, snapshot: 'saved' });
      }
      const total = seconds.reduce((a, b) => a + b, 0);
      process.stdout.write(
        `${companies} companies, ${mode}, tasks ${syncTasks}: ${seconds.length} steps, slowest ${Math.max(...seconds).toFixed(1)} s, mean ${(total / seconds.length).toFixed(1)} s, total ${total.toFixed(1)} s, ${portal.sandbox.requestLog.count()} requests\n`,
      );
      expect(Math.max(...seconds)).toBeLessThan(8);
    } finally {
      await portal.close();
    }
  });
});
