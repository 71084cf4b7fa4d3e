import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliClient, runRecompute } from '@care-model/cli';
import type { Sandbox } from '@care-model/sandbox';
import { now, portfolioSandbox, runCli, stateDir } from './cliHarness';

jest.setTimeout(60_000);

/** A run stopped after its reads: `manifest.json` running, `checkpoint.jsonl` with its pages. */
async function stoppedRun(sandbox: Sandbox): Promise<string> {
  const dir = stateDir();
  const stop = new AbortController();
  const log = sandbox.requestLog;
  const add = log.add.bind(log);
  let requests = 0;
  log.add = (entry) => {
    requests += 1;
    if (requests === 8) stop.abort(new Error('stopped by the test'));
    return add(entry);
  };
  const cli = cliClient({ baseUrl: sandbox.url, token: 'test' }, { ratePer10s: 100_000 });
  await expect(
    runRecompute(cli, {
      now,
      dryRun: false,
      syncTasks: true,
      resume: false,
      stateDir: dir,
      stop: stop.signal,
    }),
  ).rejects.toThrow('stopped by the test');
  log.add = add;
  return dir;
}

const resume = (sandbox: Sandbox, dir: string, token = 'test') =>
  runCli([
    ...['recompute', '--base-url', sandbox.url, '--token', token],
    ...['--now', now.toISOString(), '--sync-tasks', '--state-dir', dir, '--resume'],
  ]);

describe('recompute --resume refuses a checkpoint it did not write', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await portfolioSandbox(200, { acceptTokens: ['test', 'other'] });
  });
  afterAll(() => sandbox.close());

  it.each([
    [
      'a forged record in a line (its old digest kept)',
      (text: string) =>
        text.replace(
          '"records":[',
          '"records":[{"id":"1","properties":{"care_segment":"key","care_override_reason":"made up"}},',
        ),
    ],
    [
      'a line digested without the key (a forger’s sha256)',
      (text: string) => {
        const [first = '', ...rest] = text.split('\n');
        const body = first.slice(first.indexOf(' ') + 1);
        const digest = createHash('sha256').update(body).digest('hex').slice(0, 32);
        return [`${digest} ${body}`, ...rest].join('\n');
      },
    ],
  ])('%s', async (_, edit) => {
    const dir = await stoppedRun(sandbox);
    const path = join(dir, 'checkpoint.jsonl');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    const run = await resume(sandbox, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/was not written by a recompute of this portal with this token/);
    expect(run.stderr).not.toMatch(/invalid_type|ZodError|\{"/);
  });

  it('an edited manifest, and a run directory of another token', async () => {
    const dir = await stoppedRun(sandbox);
    const path = join(dir, 'manifest.json');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(/"configVersion":\d+/, '"configVersion":7'));
    const edited = await resume(sandbox, dir);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toMatch(/manifest\.json was not written by a recompute/);
    writeFileSync(path, original);
    const foreign = await resume(sandbox, dir, 'other');
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/was not written by a recompute of this portal with this token/);
    const own = await resume(sandbox, dir);
    expect(own.code).toBe(0);
  });
});
