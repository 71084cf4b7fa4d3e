import { Command } from 'commander';
import { demoCommand } from './commands/demo';
import { doctorCommand } from './commands/doctor';
import { installCommand } from './commands/install';
import { previewCommand } from './commands/preview';
import { recomputeCommand } from './commands/recompute';
import { reportCommand } from './commands/report';
import { sandboxCommand } from './commands/sandbox';
import { output } from './output';

const program = new Command('care-model')
  .description(
    'Care Model for HubSpot: install the fields, classify the portfolio, report, demo, doctor',
  )
  .showHelpAfterError();
for (const command of [
  installCommand(),
  recomputeCommand(),
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
