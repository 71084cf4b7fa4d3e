/* Recompute benchmark: `npm run bench [-- 1000 10000 100000]`. Prints calls vs floor, time vs the rate-limit floor, peak memory. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { createSandbox, generateDemoSeed } from '@care-model/sandbox';
import { z } from 'zod';
import { output } from '../src/output';

const ratePer10s = 190;
const now = new Date('2026-11-02T09:00:00Z');
const bin = join(__dirname, '../bin/care-model.js');
const resultSchema = z.object({
  companies: z.number(),
  deals: z.number(),
  tasks: z.number(),
  changed: z.number(),
  requests: z.number(),
  retries: z.number(),
  floor: z.number(),
  seconds: z.number(),
});

function peakRssMb(pid: number, peak: { mb: number }) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match?.[1]) peak.mb = Math.max(peak.mb, Number(match[1]) / 1024);
  } catch {
    // the process has ended
  }
}

/** Runs the CLI; `peak.seconds` is the whole process, start-up included. */
function runCli(args: string[], peak: { mb: number; seconds: number }): Promise<string> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const timer = setInterval(() => child.pid && peakRssMb(child.pid, peak), 250);
    child.on('close', (code) => {
      clearInterval(timer);
      peak.seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve(stdout);
      else reject(new Error(`care-model exited with ${code}`));
    });
  });
}

async function benchOne(companies: number, faultShare: number) {
  const sandbox = await createSandbox({
    seed: generateDemoSeed({ now, companies, appValues: true }),
    appProperties: propertyCatalog(defaultConfig),
    rateLimit: { burst: ratePer10s },
    ...(faultShare > 0 ? { faults: { share: faultShare, seed: 11 } } : {}),
  });
  const target = [
    '--base-url',
    sandbox.url,
    '--token',
    'bench',
    '--rate-limit',
    String(ratePer10s),
    '--timeout-ms',
    '3000',
  ];
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
    `${result.requests} / ${result.floor} (+${(((result.requests - result.floor) / result.floor) * 100).toFixed(1)} %)`,
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
