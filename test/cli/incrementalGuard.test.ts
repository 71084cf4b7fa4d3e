import type { LoggedRequest, Sandbox } from '@care-model/sandbox';
import { appState, portfolioSandbox, recomputeIn } from './cliHarness';

jest.setTimeout(120_000);

// The portal's clock moves on 10 minutes between runs and edits, past the cursor's 2-minute overlap.
let portalMs = Date.now() + 3_600_000;
const clock = () => new Date(portalMs);
const tick = () => (portalMs += 10 * 60_000);

const recompute = (sandbox: Sandbox) =>
  recomputeIn(sandbox.url, { syncTasks: false, incremental: true });

const companyRecords = (sandbox: Sandbox) => [
  ...(sandbox.store.findType('companies')?.records.values() ?? []),
];

/** A person's edit of a company as HubSpot stores it: the fields, and the modification at portal time. */
function edit(sandbox: Sandbox, id: string, properties: Record<string, string>): void {
  const record = sandbox.store.findType('companies')?.records.get(id);
  if (!record) throw new Error(`no company ${id}`);
  Object.assign(record.properties, properties, { hs_lastmodifieddate: clock().toISOString() });
}

/** A portal after a full run, as a schedule leaves it; the clock moved on past the overlap. */
async function scheduled(companies: number): Promise<Sandbox> {
  const sandbox = await portfolioSandbox(companies, { clock });
  tick();
  const first = await recompute(sandbox);
  expect(first.fullBecause).toMatch(/no earlier CLI run/);
  tick();
  return sandbox;
}

/** Companies the portal's run left with a review due: a review date moves their derived fields. */
const reviewed = (sandbox: Sandbox) =>
  companyRecords(sandbox)
    .filter((c) => c.properties.care_next_review_due)
    .map((c) => c.id);

const isCompanyBatchRead = (entry: LoggedRequest) =>
  entry.method === 'POST' && /\/objects\/companies\/batch\/read$/.test(entry.path);

const filtersOf = (entry: LoggedRequest) => {
  const body = entry.body as { filterGroups?: { filters?: Record<string, unknown>[] }[] };
  return body.filterGroups?.flatMap((group) => group.filters ?? []) ?? [];
};

const hasAfter = (entry: LoggedRequest) => 'after' in (entry.body as object);

const searchesModified = (entry: LoggedRequest) =>
  /\/objects\/companies\/search$/.test(entry.path) &&
  filtersOf(entry).some((f) => f.propertyName === 'hs_lastmodifieddate' && f.operator === 'GTE');

describe('recompute --incremental before its writes', () => {
  const open: Sandbox[] = [];
  afterAll(() => Promise.all(open.map((s) => s.close())));
  const portal = async (companies: number) => {
    const sandbox = await scheduled(companies);
    open.push(sandbox);
    return sandbox;
  };

  it('never writes a company over a card action that changed it after the run read it', async () => {
    const [racing, cardFirst, stale] = await Promise.all([portal(300), portal(300), portal(300)]);
    const [id] = reviewed(racing);
    if (!id) throw new Error('the seed has no company with a review due');
    const before = { care_last_review_at: '2026-08-03' };
    const card = { care_last_review_at: '2026-11-01' };
    for (const sandbox of [racing, cardFirst, stale]) edit(sandbox, id, before);
    tick();
    edit(cardFirst, id, card);
    tick();
    // The card acts once the run has read the companies: at its lease claim, before the guard.
    const log = racing.requestLog;
    const add = log.add.bind(log);
    let acted = false;
    log.add = (entry) => {
      if (!acted && /\/objects\/p_care_next_step\/batch\/create$/.test(entry.path)) {
        acted = true;
        edit(racing, id, card);
      }
      return add(entry);
    };
    const [run] = await Promise.all([recompute(racing), recompute(cardFirst), recompute(stale)]);
    expect(acted).toBe(true);
    expect(run).toMatchObject({ ranAs: 'incremental', companiesNotWritten: 0 });
    expect(run.changed).toBeGreaterThan(0);
    const fields = (sandbox: Sandbox) => {
      const found = appState(sandbox).companies.find(([companyId]) => companyId === id)?.[1];
      return typeof found === 'object' ? found : {};
    };
    expect(fields(racing)).toMatchObject(card);
    expect(fields(racing)).toEqual(fields(cardFirst));
    expect(fields(racing)).not.toEqual({ ...fields(stale), ...card });
  });

  it('reads no company batch again per written batch: one search guards all the writes', async () => {
    const sandbox = await portal(600);
    for (const id of reviewed(sandbox).slice(0, 170))
      edit(sandbox, id, { care_last_review_at: '2026-08-03' });
    tick();
    sandbox.requestLog.reset();
    const run = await recompute(sandbox);
    expect(run.ranAs).toBe('incremental');
    expect(run.writeBatches).toBeGreaterThanOrEqual(2);
    const entries = sandbox.requestLog.entries();
    // The companies came from the changed companies' search: a batch read would be a re-read.
    expect(entries.filter(isCompanyBatchRead)).toEqual([]);
    // The first pages of two searches: the changed companies' and the guard's.
    const firstPages = entries.filter((e) => searchesModified(e) && !hasAfter(e));
    expect(firstPages).toHaveLength(2);
  });
});
