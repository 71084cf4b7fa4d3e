import { defaultConfig, portfolioSummary } from '@care-model/core';
import type { Sandbox } from '@care-model/sandbox';
import { readSettingsRecords, snapshotProperties } from '@care-model/hubspot';
import { cliClient, runRecompute } from '@care-model/cli';
import { dataOf, invoke, setNow, testToken } from '../functions/support/portal';
import { now, portfolioSandbox, stateDir } from './cliHarness';

// One more than portfolio_summary sums up live (20 pages of 100): it must answer the snapshot.
const companies = 2001;

describe('recompute stores the portfolio snapshot', () => {
  let sandbox: Sandbox;
  afterAll(() => sandbox.close());

  it('and portfolio_summary serves it for a portal too large to sum up live', async () => {
    sandbox = await portfolioSandbox(companies);
    const cli = cliClient({ baseUrl: sandbox.url, token: testToken }, { ratePer10s: 100_000 });
    const options = { now, dryRun: false, syncTasks: false, resume: false, stateDir: stateDir() };
    const result = await runRecompute(cli, options);
    expect(result.changed).toBeGreaterThan(0);

    const records = await cli.call((client) => readSettingsRecords(client, snapshotProperties));
    expect(records.map((r) => r.properties.care_snapshot_at)).toEqual([now.toISOString()]);

    // The summary of what the portal now holds, computed here from the sandbox's own records.
    const stored = [...(sandbox.store.findType('companies')?.records.values() ?? [])];
    const expected = portfolioSummary(
      stored.map(({ id, properties }) => ({ id, properties })),
      defaultConfig,
      { now, timeZone: 'Europe/Helsinki' },
    );
    process.env.PRIVATE_APP_ACCESS_TOKEN = testToken;
    process.env.HUBSPOT_BASE_URL = sandbox.url;
    setNow('2026-11-02T15:00:00Z');
    const answer = dataOf(await invoke('portfolio_summary', {}));
    expect(answer).toMatchObject({ source: 'snapshot', companies, asOf: now.toISOString() });
    expect(answer.summary).toEqual(expected);
  }, 120_000);
});
