import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@hubspot/api-client';
import { cliClient, runRecompute } from '@care-model/cli';
import {
  defaultConfig,
  memoPropertyNames,
  parseConfig,
  propertyCatalog,
  readStepKey,
} from '@care-model/core';
import { applyInstall, planInstall, saveSettingsVersion } from '@care-model/hubspot';
import {
  createSandbox,
  generateDemoSeed,
  type Sandbox,
  type SandboxOptions,
} from '@care-model/sandbox';

export const now = new Date('2026-11-02T09:00:00Z');
const bin = join(__dirname, '../../packages/cli/bin/care-model.js');

/** A sandbox holding a generated portfolio with the app installed (properties and custom objects). */
export async function portfolioSandbox(
  companies: number,
  options: Omit<SandboxOptions, 'seed' | 'statePath'> = {},
): Promise<Sandbox> {
  const seed = generateDemoSeed({ now, companies, appValues: true });
  const appProperties = propertyCatalog(defaultConfig);
  const statePath = join(mkdtempSync(join(tmpdir(), 'care-cli-')), 'state.json');
  const clean = await createSandbox({ seed, appProperties, statePath, clock: options.clock });
  const client = new Client({ accessToken: 'test', basePath: clean.url });
  await applyInstall(client, await planInstall(client, defaultConfig));
  if (!options.faults && !options.acceptTokens && !options.rateLimit && !options.clock)
    return clean;
  // Faults count from the first request: install on a clean server, then reopen its state with them.
  await clean.close();
  return createSandbox({ ...options, statePath });
}

/** A portal of `companies` with the app installed and a per-owner cap that lets every due step through. */
export async function uncappedPortal(
  companies: number,
): Promise<{ sandbox: Sandbox; statePath: string }> {
  const seed = generateDemoSeed({ now, companies, appValues: true });
  const statePath = join(mkdtempSync(join(tmpdir(), 'care-cli-')), 'state.json');
  const sandbox = await createSandbox({
    seed,
    appProperties: propertyCatalog(defaultConfig),
    statePath,
  });
  const client = new Client({ accessToken: 'test', basePath: sandbox.url });
  await applyInstall(client, await planInstall(client, defaultConfig));
  const parsed = parseConfig({ tasks: { newPerOwnerPerRun: 1000 } });
  if (!parsed.ok) throw new Error('the test config is invalid');
  await saveSettingsVersion(client, {
    version: 1,
    config: parsed.config,
    timeZone: 'Europe/Helsinki',
    savedBy: 'test',
    savedAt: now,
  });
  return { sandbox, statePath };
}

const memo = new Set<string>(memoPropertyNames);

/**
 * The app's part of the portal: every company's care_ fields and every task, without ids. The CLI's
 * memo of each company's deals and tasks holds record ids, which differ between portals: `memoState`.
 */
export function appState(sandbox: Sandbox) {
  const records = (type: string) => [...(sandbox.store.findType(type)?.records.values() ?? [])];
  const companies = records('companies')
    .map((c) => [
      c.id,
      Object.fromEntries(
        Object.entries(c.properties).filter(
          ([name]) => name.startsWith('care_') && !memo.has(name),
        ),
      ),
    ])
    .sort();
  const tasks = records('tasks')
    .filter((t) => !t.archived)
    .map((t) => ({
      key: readStepKey(t.properties.hs_task_body),
      subject: t.properties.hs_task_subject,
      due: t.properties.hs_timestamp,
      status: t.properties.hs_task_status,
      owner: t.properties.hubspot_owner_id,
    }))
    .sort(
      (a, b) =>
        String(a.key).localeCompare(String(b.key)) ||
        String(a.subject).localeCompare(String(b.subject)),
    );
  return { companies, tasks };
}

/** Every company's memo fields, by company id (ids of portals made from one state agree). */
export function memoState(sandbox: Sandbox) {
  return [...(sandbox.store.findType('companies')?.records.values() ?? [])]
    .map((c) => [c.id, c.properties.care_deals_memo, c.properties.care_tasks_memo])
    .sort();
}

/** A recompute in this process against `baseUrl` (unthrottled), with tasks unless told otherwise. */
export function recomputeIn(
  baseUrl: string,
  options: Partial<Parameters<typeof runRecompute>[1]> = {},
) {
  const cli = cliClient({ baseUrl, token: 'test' }, { ratePer10s: 100_000 });
  const defaults = { now, dryRun: false, syncTasks: true, resume: false, stateDir: stateDir() };
  return runRecompute(cli, { ...defaults, ...options });
}

/** Step keys that have more than one task. */
export function duplicateTaskKeys(sandbox: Sandbox): string[] {
  const keys = appState(sandbox).tasks.flatMap((t) => (t.key === null ? [] : [t.key]));
  return keys.filter((key, index) => keys.indexOf(key) !== index);
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `care-model` process; `onStart` gets the child (e.g. to kill it). */
export function runCli(
  args: readonly string[],
  onStart?: (child: ChildProcess) => void,
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, HUBSPOT_BASE_URL: '', HUBSPOT_ACCESS_TOKEN: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    onStart?.(child);
  });
}

export const stateDir = () => mkdtempSync(join(tmpdir(), 'care-recompute-'));
