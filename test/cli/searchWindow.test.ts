import { cliClient, searchWindow } from '@care-model/cli';
import { createSandbox, type Sandbox } from '@care-model/sandbox';

const base = Date.parse('2026-10-01T00:00:00Z');
const count = 10_050;

/** Companies modified one second apart, then a block of 10 001 modified in the same millisecond. */
function seed() {
  const companies = Array.from({ length: count }, (_, i) => ({
    id: String(i + 1),
    properties: { name: `C${i}`, hs_lastmodifieddate: new Date(base + i * 1000).toISOString() },
  }));
  const same = Array.from({ length: 10_001 }, (_, i) => ({
    id: String(count + i + 1),
    properties: { name: `S${i}`, hs_lastmodifieddate: new Date(base - 86_400_000).toISOString() },
  }));
  return { companies: [...companies, ...same] };
}

// A search over 20 000 records, paged 200 at a time, some 100 times.
jest.setTimeout(60_000);

describe('searchWindow against the sandbox (the 10 000-result cap)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ seed: seed() });
  });
  afterAll(() => sandbox.close());

  const search = async (fromMs: number, toMs: number) => {
    const cli = cliClient(
      { baseUrl: sandbox.url, token: 't' },
      { ratePer10s: 100_000, searchSpacingMs: 0 },
    );
    return searchWindow(cli, {
      objectType: 'companies',
      property: 'hs_lastmodifieddate',
      fromMs,
      toMs,
    });
  };

  it('splits a window of more than 10 000 results in time and finds each record once', async () => {
    const found = await search(base, base + count * 1000);
    expect(found).toHaveLength(count);
    expect(new Set(found.map((record) => record.id)).size).toBe(count);
  });

  it('refuses more than 10 000 records in one millisecond, naming it', async () => {
    await expect(search(base - 86_400_000, base)).rejects.toThrow(
      /More than 10000 companies share/,
    );
  });
});

describe('the client paces searches for HubSpot’s limit of about 5 a second', () => {
  it('sends twelve searches at once without a 429 from a sandbox that enforces it', async () => {
    const limited = await createSandbox({
      seed: { companies: [{ id: '1', properties: { name: 'A' } }] },
      rateLimit: { burst: 1000 },
    });
    try {
      const cli = cliClient({ baseUrl: limited.url, token: 't' }, { ratePer10s: 1000 });
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 12 }, () =>
          cli.search((client) =>
            client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 }),
          ),
        ),
      );
      expect(performance.now() - started).toBeGreaterThanOrEqual(11 * 250 - 20);
      expect(limited.requestLog.count({ status: 429 })).toBe(0);
      expect(limited.requestLog.count()).toBe(12);
    } finally {
      await limited.close();
    }
  });
});
