import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { CliFailure } from '../cli/cliFailure';
import { runVerb } from '../cli/runVerb';
import { output } from '../output';
import { rehearseUpload } from '../upload/rehearseUpload';
import type { StepResult } from '../upload/stepResult';

function printStep(result: StepResult): void {
  const [first, ...rest] = result.detail.split('\n');
  const line = `${result.ok ? '✓' : '✗'} ${result.step}: ${first}`;
  if (result.ok) output.line(line);
  else output.error([line, ...rest.map((r) => `    ${r}`)].join('\n'));
  if (!result.ok && result.fix) output.error(`  fix: ${result.fix}`);
}

async function doctor(raw: Record<string, unknown>): Promise<void> {
  if (raw.upload !== true) throw new CliFailure('Choose a check: --upload.');
  const projectDir = path.resolve(String(raw.project ?? '.'));
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'care-model-upload-'));
  const started = performance.now();
  try {
    const ok = await rehearseUpload(projectDir, workDir, printStep);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (!ok) throw new CliFailure(`Upload rehearsal failed after ${seconds} s.`, 1);
    output.line(
      `Upload rehearsal passed in ${seconds} s: \`hs project upload\` sends a buildable project.`,
    );
  } finally {
    if (raw.keep === true) output.line(`Kept the unpacked upload in ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

export function doctorCommand(): Command {
  return new Command('doctor')
    .description('Check the project before deploying it')
    .option('--upload', 'rehearse `hs project upload` and HubSpot’s build in a temp folder')
    .option('--project <dir>', 'the project folder (with hsproject.json)', '.')
    .option('--keep', 'keep the temp folder for inspection')
    .action(runVerb(doctor));
}
