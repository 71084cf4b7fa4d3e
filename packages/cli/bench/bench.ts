/* Recompute benchmark: `npm run bench [-- 1000 10000 100000]`. Prints calls vs floor, time vs the rate-limit floor, peak memory. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { createSandbox, generateDemoSeed } from '@care-model/sandbox';
import { output } from '../src/output';
import { benchIncremental } from './benchIncremental';
import { cliTarget, now, ratePer10s, resultSchema, runCli } from './benchCli';

async function benchOne(companies: number, faultShare: number) {
  const sandbox = await createSandbox({
    seed: generateDemoSeed({ now, companies, appValues: true }),
    appProperties: propertyCatalog(defaultConfig),
    rateLimit: { burst: ratePer10s },
    ...(faultShare > 0 ? { faults: { share: faultShare, seed: 11 } } : {}),
  });
  const target = cliTarget(sandbox.url);
  const peak = { mb: 0, seconds: 0 };
  await runCli(['install', ...target.slice(0, 6)], peak);
  sandbox.requestLog.reset();
  peak.mb = 0;
  const stdout = await runCli(
    [
      'recompute',
      ...target,
      '--now',
      now.toISOString(),
      '--state-dir',
      mkdtempSync(join(tmpdir(), 'care-bench-')),
      '--json',
    ],
    peak,
  );
  const result = resultSchema.parse(JSON.parse(stdout.slice(stdout.indexOf('{'))));
  const rejected = sandbox.requestLog.count({ status: 429 });
  await sandbox.close();
  const rateFloorSeconds = result.requests / (ratePer10s / 10);
  const overFloor = (seconds: number) =>
    `${seconds.toFixed(1)} / ${rateFloorSeconds.toFixed(1)} s (+${(((seconds - rateFloorSeconds) / rateFloorSeconds) * 100).toFixed(1)} %)`;
  return [
    companies,
    `${Math.round(faultShare * 100)} %`,
    `${result.requests} / ${result.floor ?? 0} (+${(((result.requests - (result.floor ?? 0)) / (result.floor ?? 1)) * 100).toFixed(1)} %)`,
    result.retries,
    rejected,
    overFloor(peak.seconds),
    overFloor(result.seconds),
    `${Math.round(peak.mb)} MB`,
  ];
}

async function main() {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  if (process.argv.includes('--incremental')) {
    await benchIncremental(sizes.length > 0 ? sizes : [10_000, 100_000]);
    return;
  }
  const rows = [];
  for (const companies of sizes.length > 0 ? sizes : [1000, 10_000, 100_000])
    for (const faults of [0, 0.05]) {
      rows.push(await benchOne(companies, faults));
      output.line(`done: ${companies} companies, ${faults * 100} % faults`);
    }
  output.table(
    [
      'Companies',
      'Faults',
      'API calls / floor',
      'Retries',
      '429s',
      'Process wall time / rate floor',
      'Recompute time / rate floor',
      'Peak RSS (CLI)',
    ],
    rows,
  );
}

main().catch((error: unknown) => {
  output.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
