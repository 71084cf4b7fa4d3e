import { readFile } from 'node:fs/promises';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { createSandbox, parseSeed, type Seed } from '@care-model/sandbox';
import { Command } from 'commander';
import { z } from 'zod';
import { output } from '../output';

const optionsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  seed: z.string().min(1),
  state: z.string().min(1).optional(),
  rateLimit: z.coerce.number().int().min(0),
  faults: z.coerce.number().min(0).max(1),
  faultSeed: z.coerce.number().int(),
});

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const flag = String(issue?.path[0] ?? '').replace(
    /[A-Z]/g,
    (letter) => `-${letter.toLowerCase()}`,
  );
  return `Invalid option --${flag}: ${issue?.message ?? 'invalid value'}`;
}

async function readSeed(path: string): Promise<Seed> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new Error(`Cannot read seed file ${path}`, { cause: error });
  });
  try {
    return parseSeed(JSON.parse(text));
  } catch (error) {
    throw new Error(`Seed ${path}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

async function run(raw: Record<string, unknown>): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(describeIssue(parsed.error));
  const options = parsed.data;
  const sandbox = await createSandbox({
    port: options.port,
    seed: options.seed === 'demo' ? 'demo' : await readSeed(options.seed),
    appProperties: propertyCatalog(defaultConfig),
    statePath: options.state,
    rateLimit: options.rateLimit > 0 ? { burst: options.rateLimit } : undefined,
    faults: options.faults > 0 ? { share: options.faults, seed: options.faultSeed } : undefined,
  });
  output.line(`Sandbox listening on ${sandbox.url}`);
  const stop = () => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
    .action(async (raw: Record<string, unknown>) => {
      try {
        await run(raw);
      } catch (error) {
        output.error(error instanceof Error ? error.message : String(error));
        process.exitCode = 2;
      }
    });
}
