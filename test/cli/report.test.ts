import { defaultConfig, portfolioSummary } from '@care-model/core';
import type { Sandbox } from '@care-model/sandbox';
import { cliClient, runRecompute } from '@care-model/cli';
import { now, portfolioSandbox, runCli, stateDir } from './cliHarness';

describe('care-model report', () => {
  let sandbox: Sandbox;
  afterAll(() => sandbox.close());

  it('prints the portfolio summary of what the portal stores, reading only the fields it needs', async () => {
    sandbox = await portfolioSandbox(150);
    const cli = cliClient({ baseUrl: sandbox.url, token: 'test' }, { ratePer10s: 100_000 });
    const options = { now, dryRun: false, syncTasks: false, resume: false, stateDir: stateDir() };
    await runRecompute(cli, options);

    const target = ['--base-url', sandbox.url, '--token', 'test'];
    const run = await runCli(['report', ...target, '--now', now.toISOString(), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    // The same summary over every stored property of every company, computed here.
    const stored = [...(sandbox.store.findType('companies')?.records.values() ?? [])];
    const expected = portfolioSummary(
      stored.map(({ id, properties }) => ({ id, properties })),
      defaultConfig,
      { now, timeZone: 'Europe/Helsinki' },
    );
    expect(expected.segments.rows.filter((row) => row.count > 0).length).toBeGreaterThan(1);
    expect(JSON.parse(run.stdout)).toEqual({
      configVersion: 0,
      timeZone: 'Europe/Helsinki',
      ...expected,
    });
  }, 30_000);
});
