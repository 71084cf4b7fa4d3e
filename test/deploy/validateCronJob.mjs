// kubernetes-models is ESM-only: the jest test runs this with node. Prints what validation found.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { parse } from 'yaml';

const manifest = parse(readFileSync(process.argv[2], 'utf8'));
const problems = [];
try {
  new CronJob(manifest).validate();
} catch (error) {
  problems.push(String(error?.message ?? error));
}
process.stdout.write(JSON.stringify({ problems, manifest }));
