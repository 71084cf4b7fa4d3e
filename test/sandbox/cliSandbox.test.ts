import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../cli/cliHarness';

const appConfig = join(__dirname, '../../src/app/app-hsmeta.json');
const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };

/** The URL the sandbox verb prints once it listens. */
function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /Sandbox listening on (\S+)/.exec(seen)?.[1];
      if (url) resolve(url);
    });
    child.on('close', () => reject(new Error(`sandbox ended before listening: ${seen}`)));
  });
}

describe('the CLI sandbox verb', () => {
  it('takes the scopes from app-hsmeta.json, fault kinds from --fault-kinds, and stops on SIGTERM', async () => {
    let answers: number[] = [];
    const run = await runCli(
      [
        'sandbox',
        '--port',
        '0',
        '--rate-limit',
        '0',
        '--scopes-from',
        appConfig,
        '--faults',
        '1',
        '--fault-kinds',
        '503,502',
        '--latency',
        '0-5',
      ],
      (child) => {
        void listening(child).then(async (url) => {
          const read = await fetch(`${url}/crm/v3/objects/deals/9`, { headers: auth });
          // The app may read deals but not write them: the scope check answers before any fault.
          const write = await fetch(`${url}/crm/v3/objects/deals`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ properties: { dealname: 'x' } }),
          });
          answers = [read.status, write.status];
          child.kill('SIGTERM');
        });
      },
    );
    expect(answers[0] === 503 || answers[0] === 502).toBe(true);
    expect(answers[1]).toBe(403);
    expect(run.code).toBe(0);
  }, 30_000);

  it('refuses an unknown fault kind', async () => {
    const run = await runCli(['sandbox', '--port', '0', '--faults', '1', '--fault-kinds', 'boom']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('fault');
  }, 30_000);
});
