import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type {
  FunctionData,
  FunctionInput,
  FunctionName,
  FunctionResult,
} from '@care-model/contract';
import { faultKinds, generateDemoSeed, type FaultKind, type Seed } from '@care-model/sandbox';
import { appState, duplicateTaskKeys } from '../cli/cliHarness';
import { dataOf, invoke, setNow, startPortal, type Portal } from './support/portal';

// Every function that creates (install, settings, claims and tasks, notes, the in-app recompute's
// state and tasks), as a rep and an admin use them while HubSpot fails a quarter of the requests —
// retrying what answered an error — then once more without faults: the portal must hold exactly
// what the same actions leave on a portal that never failed.
jest.setTimeout(240_000);

const start = Date.parse('2026-11-02T10:00:00Z');
let clockMs = start;
const at = (ms: number) => {
  clockMs = ms;
  setNow(new Date(ms).toISOString());
};
const seed: Seed = generateDemoSeed({ now: new Date(start), companies: 6, seed: 7 });
const companyIds = (seed.companies ?? []).map((company) => company.id);
/** A person tries again after an error, up to this often. */
const attempts = 12;

type Answer<N extends FunctionName> = FunctionResult<FunctionData[N]>;

/** Calls until HubSpot lets it through; each try a few seconds later, as a person would. */
async function retried<N extends FunctionName>(
  name: N,
  parameters: FunctionInput<N> | Record<string, unknown>,
  done: (answer: Answer<N>) => boolean = (answer) => answer.ok,
): Promise<Answer<N>> {
  let answer = await invoke(name, parameters);
  for (let attempt = 1; attempt < attempts && !done(answer); attempt += 1) {
    at(clockMs + 5_000);
    answer = await invoke(name, parameters);
  }
  if (!done(answer)) throw new Error(`${name} never succeeded: ${JSON.stringify(answer)}`);
  return answer;
}

async function install(): Promise<void> {
  await retried('install_fields', {}, (answer) => answer.ok && !answer.data.remaining);
}

async function saveSettingsOnce(): Promise<void> {
  const config = { carePlans: { key: { contactCadenceDays: 21 } } };
  const current = dataOf(await retried('get_settings', {}));
  if (current.version >= 1) return;
  // A save whose answer was lost and is sent again meets itself as a conflict: the page reloads.
  await retried(
    'save_settings',
    { config, expectedVersion: current.version },
    (answer) =>
      (answer.ok && answer.data.saved) || (!answer.ok && answer.error.code === 'conflict'),
  );
}

async function syncEveryCompany(): Promise<void> {
  for (const companyId of companyIds) {
    const view = dataOf(await retried('load_care_view', { companyId })).view;
    const keys = view.checklist.filter((item) => item.state === 'suggested').map((i) => i.key);
    if (keys.length === 0) continue;
    await retried(
      'sync_next_steps',
      { companyId, keys },
      (answer) => answer.ok && answer.data.failed.length === 0,
    );
  }
}

async function recordCheckIns(): Promise<void> {
  for (const companyId of companyIds.slice(0, 3))
    await retried('record_activity', { companyId, kind: 'check_in', note: 'Called; all well.' });
}

async function recomputeWithTasks(): Promise<void> {
  const finished = (answer: Answer<'recompute_portfolio'>) =>
    answer.ok && !answer.data.busy && answer.data.run?.phase === 'done';
  let answer = await retried('recompute_portfolio', { action: 'start', syncTasks: true });
  for (let step = 0; step < 40 && !finished(answer); step += 1) {
    // A step whose answer was lost holds its lease (30 s): the page waits and steps again.
    if (answer.ok && answer.data.busy) at(clockMs + 31_000);
    answer = await retried('recompute_portfolio', { action: 'step' });
  }
  if (!finished(answer)) throw new Error(`recompute unfinished: ${JSON.stringify(answer)}`);
}

/**
 * The day's work, then a clean pass ten minutes later (claims and leases left by faults lapse):
 * the portal after both, and how many requests drew a fault on the first.
 */
async function day(portal: () => Promise<Portal>, clean: () => Promise<Portal>) {
  at(start);
  const first = await portal();
  let faulted: number;
  try {
    await install();
    await saveSettingsOnce();
    await syncEveryCompany();
    await recordCheckIns();
    await recomputeWithTasks();
    faulted = first.sandbox.requestLog.entries().filter((entry) => entry.fault).length;
  } finally {
    await first.close();
  }
  at(start + 10 * 60_000);
  const current = await clean();
  await install();
  await syncEveryCompany();
  await recomputeWithTasks();
  return { portal: current, faulted };
}

const records = (portal: Portal, type: string) =>
  [...(portal.sandbox.store.findType(type)?.records.values() ?? [])].filter((r) => !r.archived);

/** When a company was classified moves with the retries; its day must not. */
const classifiedDay = (fields: Record<string, string>) => ({
  ...fields,
  care_classified_at: fields.care_classified_at?.slice(0, 10),
});

function outcome(portal: Portal) {
  const { companies, tasks } = appState(portal.sandbox);
  return {
    companies: companies.map(([id, fields]) => [
      id,
      classifiedDay(fields as Record<string, string>),
    ]),
    // A task the app closed because a retry found its step no longer due may exist on one side only.
    openTasks: tasks.filter((task) => task.status !== 'COMPLETED'),
    notes: records(portal, 'notes')
      .map((note) => note.properties.hs_note_body)
      .sort(),
    settingsVersions: records(portal, 'p_care_model_settings')
      .map((record) => record.properties.care_config_version)
      .sort(),
    properties: [...(portal.sandbox.store.findType('companies')?.properties.keys() ?? [])]
      .filter((name) => name.startsWith('care_'))
      .sort(),
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'care-soak-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function portalDay(kinds: readonly FaultKind[] | null) {
  const statePath = path.join(dir, kinds === null ? 'reference.json' : 'faulty.json');
  const clock = () => new Date(clockMs);
  const base = { statePath, clock };
  // A request that never answers holds a function until its deadline (9 s): fewer of those.
  const limit = kinds?.every((kind) => kind.includes('timeout')) ? 3 : 24;
  const faults = kinds && { share: 0.25, seed: 17, kinds: [...kinds], slowMs: 200, limit };
  return day(
    () => startPortal(seed, faults ? { ...base, faults } : base),
    () => startPortal(seed, base),
  );
}

const scenarios: [string, readonly FaultKind[]][] = [
  ...faultKinds.map((kind): [string, readonly FaultKind[]] => [kind, [kind]]),
  ['every kind', faultKinds],
];

let reference: ReturnType<typeof outcome>;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'care-soak-'));
  const { portal } = await portalDay(null);
  try {
    reference = outcome(portal);
  } finally {
    await portal.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('functions that create, under faults at 25 % then a clean pass', () => {
  it('the fault-free day creates tasks, notes and a settings version to compare with', () => {
    expect(reference.openTasks.length).toBeGreaterThan(companyIds.length);
    expect(reference.notes).toHaveLength(3);
    expect(reference.settingsVersions).toContain('1');
  });

  it.each(scenarios)('%s: the portal equals the fault-free one', async (_name, kinds) => {
    const { portal, faulted } = await portalDay(kinds);
    try {
      expect(faulted).toBeGreaterThan(0);
      expect(duplicateTaskKeys(portal.sandbox)).toEqual([]);
      expect(outcome(portal)).toEqual(reference);
    } finally {
      await portal.close();
    }
  });
});
