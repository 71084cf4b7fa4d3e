import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { Client } from '@hubspot/api-client';
import {
  adminFunctions,
  functionDataSchemas,
  functionResultSchema,
  type FunctionData,
  type FunctionInput,
  type FunctionName,
  type FunctionResult,
} from '@care-model/contract';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { createSandbox, type Sandbox, type SandboxOptions, type Seed } from '@care-model/sandbox';
import { functionsOutDir } from '@care-model/functions';
import { portalSeed } from './seeds';

// The bundles are loaded with Node's own require, exactly as HubSpot loads them.
const nativeRequire = createRequire(__filename);

export const testToken = 'test-token';
/** The portal's admin secret (`CARE_MODEL_ADMIN_KEY`), set by startPortal as HubSpot sets secrets. */
export const testAdminKey = 'test-admin-key-0123456789';

const isAdminFunction = (name: FunctionName) =>
  (adminFunctions as readonly FunctionName[]).includes(name);

/**
 * The bundled function `name` (built by the jest global setup), called as HubSpot calls it. A
 * portal-wide function gets the admin key unless the parameters carry their own `adminKey`.
 */
export async function invoke<N extends FunctionName>(
  name: N,
  given: FunctionInput<N> | Record<string, unknown>,
): Promise<FunctionResult<FunctionData[N]>> {
  const parameters =
    isAdminFunction(name) && !('adminKey' in given) ? { ...given, adminKey: testAdminKey } : given;
  const loaded: unknown = nativeRequire(path.join(functionsOutDir, `${name}.js`));
  if (typeof loaded !== 'object' || loaded === null || !('main' in loaded))
    throw new Error(`${name}.js exports no main`);
  const main = loaded.main;
  if (typeof main !== 'function') throw new Error(`${name}.js: main is not a function`);
  const answer: unknown = JSON.parse(JSON.stringify(await main({ parameters })));
  const envelope = functionResultSchema.parse(answer);
  if (!envelope.ok) return envelope;
  return { ok: true, data: functionDataSchemas[name].parse(envelope.data) };
}

/** The data of a successful call; fails the test with the error otherwise. */
export function dataOf<T>(result: FunctionResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.data;
}

export interface Portal {
  sandbox: Sandbox;
  /** The test's own SDK client, to read back what the functions wrote. */
  hubspot: Client;
  close(): Promise<void>;
}

const appConfigSchema = z.object({
  config: z.object({ auth: z.object({ requiredScopes: z.array(z.string()) }) }),
});

/** The scopes the app asks for in src/app/app-hsmeta.json: the portal grants exactly these. */
export const appScopes: readonly string[] = appConfigSchema.parse(
  JSON.parse(
    readFileSync(path.join(__dirname, '../../../src/app/app-hsmeta.json'), 'utf8'),
  ) as unknown,
).config.auth.requiredScopes;

/**
 * A sandbox portal the bundles talk to (token and URL through the environment, as in HubSpot).
 * It grants only the app's scopes, and `close()` fails on any request the sandbox has no route
 * for (as msw's `onUnhandledRequest: 'error'`). Options such as `latency` and `timer` pass through.
 */
export async function startPortal(seed: Seed, options: SandboxOptions = {}): Promise<Portal> {
  const sandbox = await createSandbox({
    seed,
    appProperties: propertyCatalog(defaultConfig),
    // Records are stamped with the functions' pinned clock, so claim leases can be tested.
    clock: () => new Date(process.env.CARE_MODEL_NOW ?? Date.now()),
    scopes: appScopes,
    ...options,
  });
  process.env.PRIVATE_APP_ACCESS_TOKEN = testToken;
  process.env.HUBSPOT_BASE_URL = sandbox.url;
  process.env.CARE_MODEL_ADMIN_KEY = testAdminKey;
  const hubspot = new Client({
    accessToken: testToken,
    basePath: sandbox.url,
    numberOfApiCallRetries: 1,
  });
  const close = async () => {
    const unhandled = sandbox.requestLog.unhandled();
    await sandbox.close();
    if (unhandled.length > 0)
      throw new Error(
        `requests the sandbox has no route for: ${unhandled.map((entry) => `${entry.method} ${entry.path}`).join(', ')}`,
      );
  };
  return { sandbox, hubspot, close };
}

/** The small portal after install_fields, where most tests start. */
export async function installedPortal(options: SandboxOptions = {}): Promise<Portal> {
  const portal = await startPortal(portalSeed, options);
  dataOf(await invoke('install_fields', {}));
  return portal;
}

/** Pins the clock of the bundles (CARE_MODEL_NOW). */
export function setNow(iso: string): void {
  process.env.CARE_MODEL_NOW = iso;
}

/** The requests a call made: run it with a fresh log. */
export async function counted<T>(portal: Portal, run: () => Promise<T>) {
  portal.sandbox.requestLog.reset();
  const result = await run();
  const requests = [...portal.sandbox.requestLog.entries()];
  const writes = requests.filter(
    (r) => r.method !== 'GET' && !/\/batch\/read$|\/search$/.test(r.path),
  );
  return { result, requests, writes };
}

/** Every task in the sandbox, with its properties. */
export function tasksIn(portal: Portal) {
  return [...(portal.sandbox.store.findType('tasks')?.records.values() ?? [])].filter(
    (task) => !task.archived,
  );
}
