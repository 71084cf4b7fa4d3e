import { planInstall } from '@care-model/hubspot';
import { Command } from 'commander';
import { z } from 'zod';
import { runVerb } from '../cli/runVerb';
import { flagSchemas, parseFlags, resolveTarget, withTargetFlags } from '../cli/parseFlags';
import { cliClient } from '../hubspot/cliClient';
import { output } from '../output';

const installFlagsSchema = z.object({
  dryRun: z.boolean().default(false),
  rateLimit: flagSchemas.rateLimit,
});

/** Installs or repairs the property group, the catalog properties and the app's custom objects. */
export async function install(raw: Record<string, unknown>): Promise<void> {
  const flags = parseFlags(installFlagsSchema, raw);
  const cli = cliClient(resolveTarget(raw), { ratePer10s: flags.rateLimit });
  const steps = await cli.call((client) => planInstall(client));
  if (steps.length === 0) {
    output.line(`Everything is installed in ${cli.target.baseUrl}; nothing to change.`);
    return;
  }
  output.table(
    ['Change', 'Object', 'Name', 'Detail'],
    steps.map(({ change }) => [change.kind, change.objectType, change.name, change.detail ?? '']),
  );
  if (flags.dryRun) {
    output.line(`Dry run: ${steps.length} changes not applied.`);
    return;
  }
  for (const step of steps) await cli.call(() => step.apply());
  output.line(`Applied ${steps.length} changes to ${cli.target.baseUrl}.`);
}

export function installCommand(): Command {
  return withTargetFlags(new Command('install'))
    .description('Create or repair the property group, the care_ properties and the custom objects')
    .option('--dry-run', 'print the changes without applying them')
    .option('--rate-limit <n>', 'requests per 10 s the portal allows', '190')
    .action(runVerb(install));
}
