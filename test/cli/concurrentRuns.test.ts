import type { Sandbox } from '@care-model/sandbox';
import { appState, duplicateTaskKeys, recomputeIn, uncappedPortal } from './cliHarness';

const companies = 300;
jest.setTimeout(60_000);

const recompute = (sandbox: Sandbox) => recomputeIn(sandbox.url);

const sorted = (sandbox: Sandbox) => {
  const { companies: fields, tasks } = appState(sandbox);
  return [fields, tasks].map((items) => items.map((item) => JSON.stringify(item)).sort());
};

const companyRecord = (sandbox: Sandbox, id: string) =>
  sandbox.store.findType('companies')?.records.get(id);

describe('recomputes against one portal at once', () => {
  const open: Sandbox[] = [];
  const portal = async () => {
    const { sandbox } = await uncappedPortal(companies);
    open.push(sandbox);
    return sandbox;
  };
  afterAll(() => Promise.all(open.map((s) => s.close())));

  it('a second recompute refuses while the first holds the lease; the state is one run’s', async () => {
    const reference = await portal();
    await recompute(reference);
    const shared = await portal();
    const [first, second] = await Promise.allSettled([recompute(shared), recompute(shared)]);
    const outcomes = [first, second].map((o) => o.status).sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const refused = [first, second].find((o) => o.status === 'rejected');
    expect(refused?.status === 'rejected' && String(refused.reason)).toMatch(
      /Another recompute is running against this portal/,
    );
    expect(duplicateTaskKeys(shared)).toEqual([]);
    expect(sorted(shared)).toEqual(sorted(reference));
    // The lease was given back: the next run starts at once.
    await expect(recompute(shared)).resolves.toMatchObject({ companiesNotWritten: 0 });
  });

  it('never writes a company over a card action that changed it after the run read it', async () => {
    const cardFirst = await portal();
    const racing = await portal();
    const untouched = await portal();
    await recompute(untouched);
    const key = [...(untouched.store.findType('companies')?.records.values() ?? [])].find(
      (c) => c.properties.care_segment === 'key' && c.properties.care_next_review_due,
    );
    if (!key) throw new Error('the seed has no key customer');
    const review = { care_last_review_at: '2026-11-01' };
    const act = (sandbox: Sandbox) => {
      const record = companyRecord(sandbox, key.id);
      if (!record) throw new Error('no such company');
      Object.assign(record.properties, review, { hs_lastmodifieddate: new Date().toISOString() });
    };
    act(cardFirst);
    // The card acts once the run has read everything: at its first task create.
    const log = racing.requestLog;
    const add = log.add.bind(log);
    let acted = false;
    log.add = (entry) => {
      if (!acted && /\/objects\/tasks\/batch\/create$/.test(entry.path)) {
        acted = true;
        act(racing);
      }
      return add(entry);
    };
    await Promise.all([recompute(cardFirst), recompute(racing)]);
    expect(acted).toBe(true);
    const due = (sandbox: Sandbox) =>
      companyRecord(sandbox, key.id)?.properties.care_next_review_due;
    expect(companyRecord(racing, key.id)?.properties.care_last_review_at).toBe('2026-11-01');
    expect(due(racing)).toBe(due(cardFirst));
    expect(due(racing)).not.toBe(due(untouched));
  });
});
