import { randomBytes } from 'node:crypto';
import { buildFunctions, handledFunctions } from '@care-model/functions';
import { startPreview } from '@care-model/preview';
import { Command } from 'commander';
import { z } from 'zod';
import { closeOnSignal } from '../cli/closeOnSignal';
import { runVerb } from '../cli/runVerb';
import { flagSchemas, parseFlags, resolveTarget, withTargetFlags } from '../cli/parseFlags';
import { output } from '../output';

const previewFlagsSchema = z.object({
  port: flagSchemas.port,
  sandbox: z.url({ message: 'not a URL, e.g. http://127.0.0.1:4010' }).optional(),
});

/** Serves the app's real cards, settings and home page against a running sandbox (or a portal). */
async function preview(raw: Record<string, unknown>): Promise<void> {
  const flags = parseFlags(previewFlagsSchema, raw);
  const target = flags.sandbox
    ? { baseUrl: flags.sandbox.replace(/\/+$/, ''), token: String(raw.token ?? 'preview') }
    : resolveTarget(raw);
  await buildFunctions(handledFunctions());
  const adminKey = process.env.CARE_MODEL_ADMIN_KEY ?? randomBytes(18).toString('base64url');
  const server = await startPreview({
    sandboxUrl: target.baseUrl,
    token: target.token,
    port: flags.port,
    adminKey,
  });
  output.line(`Preview (company cards, settings, home page) of ${target.baseUrl}: ${server.url}`);
  output.line(`Admin key for the settings page (CARE_MODEL_ADMIN_KEY): ${adminKey}`);
  output.line('Press Ctrl+C to stop.');
  closeOnSignal(server);
}

export function previewCommand(): Command {
  return withTargetFlags(new Command('preview'))
    .description('Serve the preview: the real cards, settings and home page against the sandbox')
    .option('--sandbox <url>', 'a running sandbox, e.g. http://127.0.0.1:4010 (any token)')
    .option('--port <port>', 'preview port (0 = any free port)', '4020')
    .action(runVerb(preview));
}
