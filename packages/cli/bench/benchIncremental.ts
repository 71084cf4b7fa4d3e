/* `npm run bench -- --incremental [10000 100000]`: an incremental run after 1 % of records changed and a day passed, against a full run. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { createSandbox, generateDemoSeed, type Sandbox } from '@care-model/sandbox';
import { output } from '../src/output';
import { cliTarget, now, ratePer10s, resultSchema, runCli } from './benchCli';

const dayMs = 24 * 3_600_000;

/** Changes 1 % of a type's records with batch updates of 100, as another integration would. */
async function changeShare(
  sandbox: Sandbox,
  type: string,
  properties: (id: string) => Record<string, string>,
) {
  const ids = [...(sandbox.store.findType(type)?.records.keys() ?? [])];
  const picked = ids.filter((_, index) => index % 100 === 37);
  for (let at = 0; at < picked.length; at += 100) {
    const inputs = picked.slice(at, at + 100).map((id) => ({ id, properties: properties(id) }));
    const answer = await fetch(`${sandbox.url}/crm/v3/objects/${type}/batch/update`, {
      method: 'POST',
      headers: { authorization: 'Bearer bench', 'content-type': 'application/json' },
      body: JSON.stringify({ inputs }),
    });
    if (!answer.ok) throw new Error(`changing ${type}: ${answer.status}`);
  }
  return picked.length;
}

/** Requests of the run by kind, for the breakdown. */
function breakdown(sandbox: Sandbox): string {
  const kinds = new Map<string, number>();
  for (const entry of sandbox.requestLog.entries()) {
    const path = entry.path.split('?')[0] ?? '';
    const kind = path.endsWith('/search')
      ? `search ${path.split('/')[4]}`
      : path.startsWith('/crm/v4/associations')
        ? `associations ${path.split('/')[4]}→${path.split('/')[5]}`
        : path.includes('/batch/')
          ? `${path.split('/').at(-1)} ${path.split('/')[4]}`
          : `${entry.method} ${path.split('/').slice(0, 5).join('/')}`;
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  return [...kinds]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
}

async function benchOne(companies: number) {
  // The portal's clock: the seed an hour old, then real time (the runs and the changes).
  let offsetMs = -3_600_000;
  const sandbox = await createSandbox({
    seed: generateDemoSeed({ now, companies, appValues: true }),
    appProperties: propertyCatalog(defaultConfig),
    rateLimit: { burst: ratePer10s },
    clock: () => new Date(Date.now() + offsetMs),
    requestLog: { maxEntries: 50_000, maxBodyChars: 100 },
  });
  const target = cliTarget(sandbox.url);
  const stateDir = mkdtempSync(join(tmpdir(), 'care-bench-'));
  const peak = { mb: 0, seconds: 0 };
  const recompute = async (asOf: Date, ...extra: string[]) => {
    sandbox.requestLog.reset();
    const stdout = await runCli(
      [
        'recompute',
        ...target,
        '--now',
        asOf.toISOString(),
        '--state-dir',
        stateDir,
        '--json',
        ...extra,
      ],
      peak,
    );
    // Scheduled runs are minutes apart, more than the cursor's overlap for the index lag.
    offsetMs += 10 * 60_000;
    return {
      ...resultSchema.parse(JSON.parse(stdout.slice(stdout.indexOf('{')))),
      wall: peak.seconds,
    };
  };
  await runCli(['install', ...target.slice(0, 6)], peak);
  offsetMs = 0;
  // First a full run that writes what the seed lacks, then the portfolio as a full run leaves it.
  await recompute(now);
  const full = await recompute(now);
  const later = new Date(now.getTime() + dayMs);
  const changed =
    (await changeShare(sandbox, 'companies', () => ({
      care_last_review_at: later.toISOString().slice(0, 10),
    }))) +
    (await changeShare(sandbox, 'deals', (id) => ({
      amount: String(1000 + (Number(id) % 5000)),
    }))) +
    (await changeShare(sandbox, 'tasks', () => ({ hs_task_status: 'COMPLETED' })));
  const incremental = await recompute(later, '--incremental');
  const calls = `${incremental.fullBecause ?? 'incremental'}; ${breakdown(sandbox)}`;
  // A full run as of the same day: its reads as above, plus the writes the incremental run made.
  const fullLater = await recompute(later);
  await sandbox.close();
  // A full run reads each written batch again before its update (decision 0017): two calls a batch.
  const fullCalls = fullLater.requests + 2 * Math.ceil(incremental.changed / 100);
  return {
    row: [
      companies,
      changed,
      `${incremental.requests} / ${fullCalls} (${((incremental.requests / fullCalls) * 100).toFixed(1)} %)`,
      `${incremental.wall.toFixed(1)} / ${fullLater.wall.toFixed(1)} s`,
      incremental.companies,
      incremental.changed,
      `${full.requests}`,
    ],
    calls,
  };
}

export async function benchIncremental(sizes: readonly number[]): Promise<void> {
  const rows = [];
  for (const companies of sizes) {
    const { row, calls } = await benchOne(companies);
    output.line(`done: ${companies} companies; incremental calls: ${calls}`);
    rows.push(row);
  }
  output.table(
    [
      'Companies',
      'Records changed',
      'Calls: incremental / full',
      'Process time: incremental / full',
      'Companies read',
      'Companies written',
      'Full run at day 0',
    ],
    rows,
  );
}
