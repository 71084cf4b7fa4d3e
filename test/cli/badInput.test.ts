import { createSandbox, type Sandbox } from '@care-model/sandbox';
import { runCli, stateDir } from './cliHarness';

// Each case starts a CLI process (tsx compiles it on start).
jest.setTimeout(20_000);

describe('care-model refuses bad input with one clear line and a non-zero exit', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ seed: { companies: [] }, acceptTokens: ['good-token'] });
  });
  afterAll(() => sandbox.close());

  const target = () => ['--base-url', sandbox.url, '--token', 'good-token'];

  it.each([
    ['an unknown flag', () => ['recompute', ...target(), '--bogus'], /unknown option '--bogus'/],
    [
      'a malformed --now',
      () => ['recompute', ...target(), '--now', 'yesterday'],
      /Invalid value for --now: use an ISO date/,
    ],
    [
      'an unknown --time-zone',
      () => ['recompute', ...target(), '--time-zone', 'Mars/Base'],
      /Invalid value for --time-zone: Use an IANA time zone name such as Europe\/Helsinki\.$/m,
    ],
    [
      '--full-every without --incremental',
      () => ['recompute', ...target(), '--full-every', '24h'],
      /Invalid value for --full-every: goes with --incremental/,
    ],
    [
      'a malformed --full-every',
      () => ['recompute', ...target(), '--incremental', '--full-every', 'daily'],
      /Invalid value for --full-every: use a whole number and a unit/,
    ],
    [
      'a bad --rate-limit',
      () => ['report', ...target(), '--rate-limit', 'lots'],
      /Invalid value for --rate-limit/,
    ],
    [
      'no target',
      () => ['report'],
      /No target: pass --token TOKEN for a HubSpot portal, or --base-url http:\/\/127\.0\.0\.1:4010 --token any/,
    ],
    [
      'an unreachable target',
      () => ['report', '--base-url', 'http://127.0.0.1:9', '--token', 'x'],
      /Cannot reach http:\/\/127\.0\.0\.1:9 \(ECONNREFUSED\)/,
    ],
    [
      'a refused token',
      () => [
        'recompute',
        '--base-url',
        sandbox.url,
        '--token',
        'revoked',
        '--state-dir',
        stateDir(),
      ],
      /refused the app’s access token \(401\)\. Check --token/,
    ],
    [
      'nothing to resume',
      () => ['recompute', ...target(), '--resume', '--state-dir', stateDir()],
      /Nothing to resume/,
    ],
  ])('%s', async (_name, args, message) => {
    const run = await runCli(args());
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
