import { Client } from '@hubspot/api-client';
import fc from 'fast-check';
import { cliClient, runRecompute } from '@care-model/cli';
import { parseConfig } from '@care-model/core';
import { saveSettingsVersion } from '@care-model/hubspot';
import { createSandbox, type Sandbox, type SandboxOptions } from '@care-model/sandbox';
import { appState, memoState, now, portfolioSandbox, stateDir } from './cliHarness';

const dayMs = 24 * 3_600_000;

/** One change a person or another integration makes between two runs. */
type Change =
  | { kind: 'review'; at: number; daysAgo: number }
  | { kind: 'assess'; at: number; score: string }
  | { kind: 'stage'; at: number; stage: string }
  | { kind: 'override'; at: number; daysAhead: number }
  | { kind: 'deal'; at: number; amount: number; daysAgo: number }
  | { kind: 'dealStage'; at: number; stage: string }
  | { kind: 'task'; at: number; status: string }
  | { kind: 'create'; name: string }
  | { kind: 'owner'; at: number; ownerId: string }
  | { kind: 'newDeal'; at: number; amount: number; daysAgo: number }
  | { kind: 'newTask'; at: number; daysAgo: number };

const at = fc.nat({ max: 10_000 });
const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('review' as const),
    at,
    daysAgo: fc.integer({ min: 0, max: 60 }),
  }),
  fc.record({ kind: fc.constant('assess' as const), at, score: fc.constantFrom('0', '1', '3') }),
  fc.record({
    kind: fc.constant('stage' as const),
    at,
    stage: fc.constantFrom('lead', 'customer'),
  }),
  fc.record({
    kind: fc.constant('override' as const),
    at,
    daysAhead: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('deal' as const),
    at,
    amount: fc.integer({ min: 0, max: 500_000 }),
    daysAgo: fc.integer({ min: -2, max: 370 }),
  }),
  fc.record({
    kind: fc.constant('dealStage' as const),
    at,
    stage: fc.constantFrom('closedwon', 'closedlost', 'contractsent'),
  }),
  fc.record({
    kind: fc.constant('task' as const),
    at,
    status: fc.constantFrom('COMPLETED', 'NOT_STARTED'),
  }),
  fc.record({ kind: fc.constant('create' as const), name: fc.constantFrom('Nova Oy', 'Vesi Ab') }),
  fc.record({
    kind: fc.constant('owner' as const),
    at,
    ownerId: fc.constantFrom('', '101', '104'),
  }),
  fc.record({
    kind: fc.constant('newDeal' as const),
    at,
    amount: fc.integer({ min: 1, max: 300_000 }),
    daysAgo: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({
    kind: fc.constant('newTask' as const),
    at,
    daysAgo: fc.integer({ min: 0, max: 90 }),
  }),
);

/** Between two runs: some changes, then the clock moves on by up to 36 hours. */
const stepArbitrary = fc.record({
  changes: fc.array(changeArbitrary, { maxLength: 8 }),
  hours: fc.integer({ min: 0, max: 36 }),
});

const ids = (sandbox: Sandbox, type: string) =>
  [...(sandbox.store.findType(type)?.records.values() ?? [])]
    .filter((record) => !record.archived)
    .map((record) => record.id)
    .sort();

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Makes the change over HTTP, as HubSpot would get it (the clean copy of the portal takes them). */
async function apply(sandbox: Sandbox, change: Change, asOf: number): Promise<void> {
  // A person's edit is tried again until it gets through the injected faults.
  const send = async (method: string, path: string, body: unknown): Promise<void> => {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await fetch(`${sandbox.url}${path}`, {
        method,
        headers: { authorization: 'Bearer test', 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(500),
      }).catch(() => null);
      if (answer && answer.status < 300) return;
      if ((answer && answer.status < 500) || attempt === 10)
        throw new Error(`${method} ${path}: ${answer?.status ?? 'no answer'}`);
    }
  };
  const pick = (type: string) => {
    const all = ids(sandbox, type);
    return 'at' in change ? all[change.at % all.length] : undefined;
  };
  const patch = (type: string, properties: Record<string, string>) => {
    const id = pick(type);
    return id ? send('PATCH', `/crm/v3/objects/${type}/${id}`, { properties }) : undefined;
  };
  /** A HubSpot-defined association to the picked company (5: deal's primary company, 192: task's). */
  const toCompany = (associationTypeId: number) => [
    {
      to: { id: pick('companies') },
      types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId }],
    },
  ];
  switch (change.kind) {
    case 'review':
      return patch('companies', {
        care_last_review_at: dateOf(asOf - change.daysAgo * dayMs),
        care_plan_updated_at: dateOf(asOf - change.daysAgo * dayMs),
      });
    case 'assess':
      return patch('companies', {
        care_potential_upsell: change.score,
        care_potential_assessed_at: dateOf(asOf),
      });
    case 'stage':
      return patch('companies', { lifecyclestage: change.stage });
    case 'override':
      return patch('companies', {
        care_override_segment: 'key',
        care_override_reason: 'strategic account',
        care_override_until: dateOf(asOf + change.daysAhead * dayMs),
      });
    case 'deal':
      return patch('deals', {
        amount: String(change.amount),
        closedate: new Date(asOf - change.daysAgo * dayMs).toISOString(),
      });
    case 'dealStage':
      return patch('deals', { dealstage: change.stage });
    case 'task':
      return patch('tasks', { hs_task_status: change.status });
    case 'create':
      return send('POST', '/crm/v3/objects/companies', {
        properties: { name: change.name, lifecyclestage: 'customer' },
      });
    case 'owner':
      return patch('companies', { hubspot_owner_id: change.ownerId });
    case 'newDeal':
      return send('POST', '/crm/v3/objects/deals', {
        properties: {
          dealname: 'Extension',
          amount: String(change.amount),
          dealstage: 'closedwon',
          pipeline: 'default',
          closedate: new Date(asOf - change.daysAgo * dayMs).toISOString(),
        },
        associations: toCompany(5),
      });
    case 'newTask':
      return send('POST', '/crm/v3/objects/tasks', {
        properties: {
          hs_task_subject: 'Call',
          hs_task_type: 'CALL',
          hs_task_status: 'COMPLETED',
          hs_timestamp: new Date(asOf - change.daysAgo * dayMs).toISOString(),
        },
        associations: toCompany(192),
      });
  }
}

const recompute = (sandbox: Sandbox, asOf: Date, incremental: boolean, fullEveryMs?: number) =>
  runRecompute(
    cliClient(
      { baseUrl: sandbox.url, token: 'test' },
      { ratePer10s: 100_000, timeoutMs: 400, searchSpacingMs: 0 },
    ),
    {
      now: asOf,
      dryRun: false,
      syncTasks: false,
      resume: false,
      stateDir: stateDir(),
      incremental,
      ...(fullEveryMs === undefined ? {} : { fullEveryMs }),
    },
  );

async function usePareto(sandbox: Sandbox): Promise<void> {
  const parsed = parseConfig({ value: { classes: { mode: 'pareto' } } });
  if (!parsed.ok) throw new Error('the Pareto config is invalid');
  await saveSettingsVersion(new Client({ accessToken: 'test', basePath: sandbox.url }), {
    version: 1,
    config: parsed.config,
    timeZone: 'Europe/Helsinki',
    savedBy: 'test',
    savedAt: now,
  });
}

/**
 * A full run, then for each step: the changes, the clock on, an incremental run on the portal and
 * a full run on a copy of it taken just before; the two must leave every app field and task equal.
 */
async function equivalence(
  steps: readonly { changes: Change[]; hours: number }[],
  options: { faults?: SandboxOptions['faults']; pareto?: boolean },
): Promise<{ ranAs: string[]; written: number }> {
  // The portal's clock (hs_lastmodifieddate) moves on 10 minutes between a change and a run, as
  // between a person's edits and a scheduled run, past the cursor's overlap for the index lag.
  let portalMs = Date.now() + 3_600_000;
  const clock = () => new Date(portalMs);
  const tick = () => (portalMs += 10 * 60_000);
  const portal = await portfolioSandbox(40, {
    clock,
    ...(options.faults ? { faults: options.faults } : {}),
  });
  const ranAs: string[] = [];
  let written = 0;
  try {
    if (options.pareto) await usePareto(portal);
    let asOf = now.getTime();
    tick();
    const first = await recompute(portal, new Date(asOf), true);
    expect(first.fullBecause).toMatch(/no earlier CLI run/);
    for (const step of steps) {
      tick();
      for (const change of step.changes) await apply(portal, change, asOf);
      tick();
      asOf += step.hours * 3_600_000;
      const copy = await createSandbox({ initialState: portal.state() });
      try {
        const incremental = await recompute(portal, new Date(asOf), true);
        ranAs.push(incremental.fullBecause ?? incremental.ranAs);
        written += incremental.changed;
        await recompute(copy, new Date(asOf), false);
        expect(appState(portal)).toEqual(appState(copy));
        expect(memoState(portal)).toEqual(memoState(copy));
      } finally {
        await copy.close();
      }
    }
  } finally {
    await portal.close();
  }
  return { ranAs, written };
}

// Each case runs a few dozen recomputes of a small portal over HTTP.
jest.setTimeout(120_000);

describe('recompute --incremental equals a full run', () => {
  it('after random changes to companies, deals and tasks and time moving on', async () => {
    const seen: string[] = [];
    let written = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 2, maxLength: 3 }), async (steps) => {
        const outcome = await equivalence(steps, {});
        seen.push(...outcome.ranAs);
        written += outcome.written;
      }),
      { numRuns: 10 },
    );
    expect(seen.every((ranAs) => ranAs === 'incremental')).toBe(true);
    expect(written).toBeGreaterThan(0);
  });

  it('under 20 % injected faults (5xx, timeouts, a 500 after the write)', async () => {
    const kinds = ['500', '502', '503', 'timeout', 'after-write-500'] as const;
    // The SDK reports each retry on the console.
    jest.spyOn(console, 'error').mockImplementation(() => {});
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 2, maxLength: 2 }), async (steps) => {
        await equivalence(steps, { faults: { share: 0.2, seed: 7, kinds: [...kinds] } });
      }),
      { numRuns: 2 },
    );
  });

  it('in Pareto mode: unchanged values keep the class lines, a changed value runs full', async () => {
    const reviewsOnly = fc.record({
      changes: fc.array(
        fc.record({
          kind: fc.constant('review' as const),
          at,
          daysAgo: fc.integer({ min: 0, max: 60 }),
        }),
        { maxLength: 4 },
      ),
      hours: fc.integer({ min: 0, max: 12 }),
    });
    const { ranAs } = await equivalence(fc.sample(reviewsOnly, { numRuns: 2, seed: 3 }), {
      pareto: true,
    });
    expect(ranAs).toContain('incremental');
    const { ranAs: valued } = await equivalence(
      [{ changes: [{ kind: 'deal', at: 1, amount: 900_000, daysAgo: 1 }], hours: 1 }],
      { pareto: true },
    );
    expect(valued[0]).toMatch(/value of company \d+ changed in Pareto mode/);
  });
});

describe('recompute --incremental, run by run', () => {
  it('reads only the deals and tasks that changed, and every record of a company without a memo', async () => {
    let portalMs = Date.now() + 3_600_000;
    const tick = () => (portalMs += 10 * 60_000);
    const portal = await portfolioSandbox(40, { clock: () => new Date(portalMs) });
    try {
      tick();
      await recompute(portal, now, true);
      tick();
      const asOf = now.getTime() + 3_600_000;
      for (const change of [
        { kind: 'deal', at: 3, amount: 120_000, daysAgo: 5 },
        { kind: 'dealStage', at: 4, stage: 'closedlost' },
        { kind: 'task', at: 2, status: 'COMPLETED' },
        { kind: 'review', at: 5, daysAgo: 1 },
      ] as const)
        await apply(portal, change, asOf);
      tick();
      portal.requestLog.reset();
      const memoed = await recompute(portal, new Date(asOf), true);
      const paths = () => portal.requestLog.entries().map((entry) => entry.path.split('?')[0]);
      expect(memoed.ranAs).toBe('incremental');
      expect(memoed.changes?.viaDeals).toBeGreaterThan(0);
      expect(paths()).not.toContain('/crm/v4/associations/companies/deals/batch/read');
      expect(paths()).not.toContain('/crm/v3/objects/deals/batch/read');
      expect(paths()).not.toContain('/crm/v3/objects/tasks/batch/read');

      // A company a person or an import created has no memo: its deals and tasks are read.
      tick();
      await apply(portal, { kind: 'create', name: 'Nova Oy' }, asOf);
      tick();
      portal.requestLog.reset();
      const fresh = await recompute(portal, new Date(asOf), true);
      expect(fresh.ranAs).toBe('incremental');
      expect(paths()).toContain('/crm/v4/associations/companies/deals/batch/read');
    } finally {
      await portal.close();
    }
  });

  it('runs full once the last full run is --full-every old (a schedule of one-shot runs)', async () => {
    let portalMs = Date.now() + 3_600_000;
    const portal = await portfolioSandbox(20, { clock: () => new Date(portalMs) });
    try {
      portalMs += 10 * 60_000;
      await recompute(portal, now, false);
      portalMs += 10 * 60_000;
      const hour = 3_600_000;
      const soon = await recompute(portal, new Date(now.getTime() + 2 * hour), true, 24 * hour);
      expect(soon.fullBecause).toBeNull();
      expect(soon.ranAs).toBe('incremental');
      portalMs += 10 * 60_000;
      const later = await recompute(portal, new Date(now.getTime() + 25 * hour), true, 24 * hour);
      expect(later.ranAs).toBe('full');
      expect(later.fullBecause).toMatch(
        /last full run, as of 2026-11-02T09:00:00.000Z, is at least --full-every/,
      );
    } finally {
      await portal.close();
    }
  });
});
