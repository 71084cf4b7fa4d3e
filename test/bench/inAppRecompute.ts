import { Client } from '@hubspot/api-client';
import { defaultConfig, type CareConfig } from '@care-model/core';
import { buildFunctions, handledFunctions } from '@care-model/functions';
import { saveSettingsVersion } from '@care-model/hubspot';
import { generateDemoSeed } from '@care-model/sandbox';
import { dataOf, invoke, setNow, startPortal } from '../functions/support/portal';

// The in-app recompute's figures in docs/performance.md, through the real bundles at HubSpot's
// latency and rate limit; minutes per size: `npm run bench:in-app` (optionally a list of sizes).
const now = new Date('2026-11-02T09:00:00Z');
const stepLimitSeconds = 8;

const pareto: CareConfig = {
  ...defaultConfig,
  version: 1,
  value: { ...defaultConfig.value, classes: { mode: 'pareto', aShare: 0.65, cShareOfCount: 0.8 } },
};

type Row = readonly [companies: number, mode: 'bands' | 'pareto', syncTasks: boolean];
const rows: readonly Row[] = [
  [500, 'bands', false],
  [2000, 'bands', false],
  [2000, 'bands', true],
  [5000, 'bands', false],
  [2000, 'pareto', false],
];

async function measure([companies, mode, syncTasks]: Row): Promise<number> {
  setNow(now.toISOString());
  const portal = await startPortal(generateDemoSeed({ now, companies, appValues: true }), {
    latency: { minMs: 100, maxMs: 500, seed: 3, schemaCreateMs: 1000 },
    rateLimit: { burst: 190, windowMs: 10_000 },
  });
  try {
    for (let i = 0; i < 5 && dataOf(await invoke('install_fields', {})).remaining; i += 1);
    if (mode === 'pareto') {
      const client = new Client({ accessToken: 'bench', basePath: portal.sandbox.url });
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
      if (done && answer.run?.evaluated !== companies)
        throw new Error(`evaluated ${answer.run?.evaluated ?? 0} of ${companies} companies`);
    }
    const total = seconds.reduce((a, b) => a + b, 0);
    const slowest = Math.max(...seconds);
    process.stdout.write(
      `${companies} companies, ${mode}, tasks ${syncTasks}: ${seconds.length} steps, slowest ${slowest.toFixed(1)} s, mean ${(total / seconds.length).toFixed(1)} s, total ${total.toFixed(1)} s, ${portal.sandbox.requestLog.count()} requests\n`,
    );
    return slowest;
  } finally {
    await portal.close();
  }
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  await buildFunctions(handledFunctions());
  let slowest = 0;
  for (const row of rows.filter(([companies]) => sizes.length === 0 || sizes.includes(companies)))
    slowest = Math.max(slowest, await measure(row));
  if (slowest >= stepLimitSeconds) {
    process.stderr.write(`A step took ${slowest.toFixed(1)} s (limit ${stepLimitSeconds} s)\n`);
    process.exitCode = 1;
  }
}

void main();
