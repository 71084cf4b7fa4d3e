import { Command } from 'commander';
import { demoCommand } from './commands/demoCommand';
import { doctorCommand } from './commands/doctorCommand';
import { installCommand } from './commands/installCommand';
import { previewCommand } from './commands/previewCommand';
import { recomputeCommand } from './commands/recomputeCommand';
import { reportCommand } from './commands/reportCommand';
import { runCommand } from './commands/runCommand';
import { sandboxCommand } from './commands/sandboxCommand';
import { output } from './output';

const program = new Command('care-model')
  .description(
    'Care Model for HubSpot: install the fields, classify the portfolio (once or on a schedule), report, demo, doctor',
  )
  .showHelpAfterError();
for (const command of [
  installCommand(),
  recomputeCommand(),
  runCommand(),
  reportCommand(),
  demoCommand(),
  previewCommand(),
  sandboxCommand(),
  doctorCommand(),
])
  program.addCommand(command.showHelpAfterError());

program.parseAsync(process.argv).catch((error: unknown) => {
  output.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
