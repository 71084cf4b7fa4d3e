import { Command } from 'commander';
import { sandboxCommand } from './commands/sandbox';
import { output } from './output';

const program = new Command('care-model')
  .description('Care Model for HubSpot: the local sandbox and tooling')
  .showHelpAfterError();
program.addCommand(sandboxCommand());

program.parseAsync(process.argv).catch((error: unknown) => {
  output.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
