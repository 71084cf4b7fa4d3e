import { readFile } from 'node:fs/promises';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import {
  createSandbox,
  faultKinds,
  parseLatencyRange,
  parseSeed,
  type LatencyOptions,
  type Seed,
} from '@care-model/sandbox';
import { Command } from 'commander';
import { z } from 'zod';
import { CliFailure } from '../cli/cliFailure';
import { closeOnSignal } from '../cli/closeOnSignal';
import { runVerb } from '../cli/runVerb';
import { flagSchemas, parseFlags } from '../cli/parseFlags';
import { output } from '../output';

const sandboxFlagsSchema = z.object({
  port: flagSchemas.port,
  seed: z.string().min(1),
  state: z.string().min(1).optional(),
  rateLimit: z.coerce.number().int().min(0),
  faults: z.coerce.number().min(0).max(1),
  faultSeed: z.coerce.number().int(),
  faultKinds: z
    .string()
    .transform((text) => text.split(',').map((kind) => kind.trim()))
    .pipe(z.array(z.enum(faultKinds)).min(1))
    .optional(),
  scopesFrom: z.string().min(1).optional(),
  latency: z.string().min(1).optional(),
  latencySeed: z.coerce.number().int(),
});

const appScopesSchema = z.object({
  config: z.object({ auth: z.object({ requiredScopes: z.array(z.string()) }) }),
});

/** The app's required scopes, read from its app-hsmeta.json. */
async function readScopes(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new CliFailure(`Cannot read app config ${path} (${String(error)}).`);
  });
  const parsed = appScopesSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new CliFailure(`${path}: no config.auth.requiredScopes list.`);
  return parsed.data.config.auth.requiredScopes;
}

function readLatency(text: string | undefined, seed: number): LatencyOptions | undefined {
  if (text === undefined) return undefined;
  try {
    return parseLatencyRange(text, seed);
  } catch (error) {
    throw new CliFailure(error instanceof Error ? error.message : String(error));
  }
}

async function readSeed(path: string): Promise<Seed> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new CliFailure(`Cannot read seed file ${path} (${String(error)}).`);
  });
  try {
    return parseSeed(JSON.parse(text));
  } catch (error) {
    throw new CliFailure(`Seed ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function sandbox(raw: Record<string, unknown>): Promise<void> {
  const options = parseFlags(sandboxFlagsSchema, raw);
  const server = await createSandbox({
    port: options.port,
    seed: options.seed === 'demo' ? 'demo' : await readSeed(options.seed),
    appProperties: propertyCatalog(defaultConfig),
    statePath: options.state,
    rateLimit: options.rateLimit > 0 ? { burst: options.rateLimit } : undefined,
    faults:
      options.faults > 0
        ? { share: options.faults, seed: options.faultSeed, kinds: options.faultKinds }
        : undefined,
    scopes: options.scopesFrom ? await readScopes(options.scopesFrom) : undefined,
    latency: readLatency(options.latency, options.latencySeed),
  });
  output.line(`Sandbox listening on ${server.url}`);
  closeOnSignal(server);
}

export function sandboxCommand(): Command {
  return new Command('sandbox')
    .description('Run a HubSpot-compatible API server on 127.0.0.1 until stopped')
    .option('--port <port>', 'port to listen on (0 = any free port)', '4010')
    .option('--seed <demo|file>', "'demo' or a seed JSON file in HubSpot's shape", 'demo')
    .option('--state <file>', 'persist the state in this file (a restart loses nothing)')
    .option('--rate-limit <n>', "requests per 10 s like HubSpot's burst limit (0 = off)", '190')
    .option(
      '--faults <share>',
      'share of requests answered with 5xx, timeouts or slow answers (0-1)',
      '0',
    )
    .option('--fault-seed <n>', 'seed for reproducible faults', '1')
    .option('--fault-kinds <a,b,c>', `fault kinds to draw from (${faultKinds.join(', ')})`)
    .option(
      '--scopes-from <app-hsmeta.json>',
      "grant only the app's required scopes; other calls answer 403 MISSING_SCOPES",
    )
    .option('--latency <ms|min-max>', 'per-request latency, e.g. 100-500')
    .option('--latency-seed <n>', 'seed for reproducible latency', '1')
    .action(runVerb(sandbox));
}
