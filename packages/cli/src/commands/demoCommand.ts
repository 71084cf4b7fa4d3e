import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { buildFunctions, handledFunctions } from '@care-model/functions';
import { planInstall } from '@care-model/hubspot';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { startPreview } from '@care-model/preview';
import { createSandbox } from '@care-model/sandbox';
import { Command } from 'commander';
import { z } from 'zod';
import { closeOnSignal } from '../cli/closeOnSignal';
import { runVerb } from '../cli/runVerb';
import { flagSchemas, parseFlags } from '../cli/parseFlags';
import { cliClient } from '../hubspot/cliClient';
import { output } from '../output';
import { runRecompute } from '../recompute/runRecompute';

const demoFlagsSchema = z.object({
  port: flagSchemas.port,
  previewPort: flagSchemas.port,
  rateLimit: flagSchemas.rateLimit,
  now: flagSchemas.now.optional(),
});

/** The sandbox's demo portal accepts any token; this one names where requests come from. */
const demoToken = 'demo';

/** Sandbox with the demo portfolio, paced like a Professional portal; install; recompute with tasks; the preview. */
async function demo(raw: Record<string, unknown>): Promise<void> {
  const flags = parseFlags(demoFlagsSchema, raw);
  const now = flags.now ?? new Date();
  const sandbox = await createSandbox({
    port: flags.port,
    seed: 'demo',
    demoNow: now,
    appProperties: propertyCatalog(defaultConfig),
    rateLimit: { burst: flags.rateLimit },
  });
  output.line(`Sandbox (HubSpot API, ${flags.rateLimit} requests per 10 s): ${sandbox.url}`);
  const cli = cliClient(
    { baseUrl: sandbox.url, token: demoToken },
    { ratePer10s: flags.rateLimit },
  );
  const steps = await cli.call((client) => planInstall(client, defaultConfig));
  for (const step of steps) await cli.call(() => step.apply());
  output.line(`Installed: ${steps.length} changes.`);
  const result = await runRecompute(cli, {
    now,
    dryRun: false,
    syncTasks: true,
    resume: false,
    stateDir: join('.care-model', 'demo'),
  });
  output.line(
    `Recomputed ${result.companies} companies: ${result.changed} changed, ${result.tasksCreated} tasks created (${result.tasksHeldBack} held back by the per-owner cap), ${cli.counts().requests} API calls.`,
  );
  await buildFunctions(handledFunctions());
  const adminKey = process.env.CARE_MODEL_ADMIN_KEY ?? randomBytes(18).toString('base64url');
  const preview = await startPreview({
    sandboxUrl: sandbox.url,
    token: demoToken,
    port: flags.previewPort,
    adminKey,
  });
  output.line(`Preview (company cards, settings, home page): ${preview.url}`);
  output.line(`Admin key for the settings page (CARE_MODEL_ADMIN_KEY): ${adminKey}`);
  output.line('Press Ctrl+C to stop.');
  closeOnSignal(preview, sandbox);
}

export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'Run the demo: sandbox with a realistic portfolio, install, recompute with tasks, the preview',
    )
    .option('--port <port>', 'sandbox port (0 = any free port)', '4010')
    .option('--preview-port <port>', 'preview port (0 = any free port)', '4020')
    .option('--rate-limit <n>', 'sandbox requests per 10 s (Professional: 190)', '190')
    .option('--now <iso>', 'the demo date (default: now)')
    .action(runVerb(demo));
}
