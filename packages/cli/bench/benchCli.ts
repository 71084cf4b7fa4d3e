/* What the benchmarks share: the portal's limit, the run's instant, and the CLI process they measure. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const ratePer10s = 190;
export const now = new Date('2026-11-02T09:00:00Z');
export const bin = join(__dirname, '../bin/care-model.js');
export const resultSchema = z.object({
  companies: z.number(),
  deals: z.number(),
  tasks: z.number(),
  changed: z.number(),
  requests: z.number(),
  retries: z.number(),
  floor: z.number().nullable(),
  fullBecause: z.string().nullable().optional(),
  seconds: z.number(),
});

/** The CLI's flags for the benchmark's sandbox, rate-limited like the portal. */
export const cliTarget = (url: string) => [
  ...['--base-url', url, '--token', 'bench'],
  ...['--rate-limit', String(ratePer10s), '--timeout-ms', '3000'],
];

function peakRssMb(pid: number, peak: { mb: number }) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (match?.[1]) peak.mb = Math.max(peak.mb, Number(match[1]) / 1024);
  } catch {
    // the process has ended
  }
}

/** Runs the CLI; `peak.seconds` is the whole process, start-up included. */
export function runCli(args: string[], peak: { mb: number; seconds: number }): Promise<string> {
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
