import type { Client } from '@hubspot/api-client';
import {
  mergeTallies,
  paretoCutoffs,
  portfolioTally,
  summaryOfTally,
  valueAmount,
  type CareConfig,
} from '@care-model/core';
import type { FunctionData } from '@care-model/contract';
import { deadlineOf } from '../client/callPolicy';
import { companyCount } from '../records/companyCount';
import { companyPropertyNames } from '../records/companyPropertyNames';
import type { PortalEnv } from '../records/readCompanyContext';
import { saveSnapshot } from '../stores/portfolioSnapshot';
import { currentSettings, readSettingsRecords, type CurrentSettings } from '../stores/readSettings';
import { snapshotProperties } from '../stores/readSettings';
import { claimed, claimStep } from './claimStep';
import { readCompanyInputs } from './readCompanyInputs';
import { recomputePage } from './recomputePage';
import {
  publicRun,
  recomputeRunProperty,
  saveRun,
  storedRun,
  type RecomputeState,
} from './recomputeState';

/** A step's own work ends by then (from its start), well inside HubSpot's 10 s (decision 0018). */
const stepBudgetMs = 6500;
/** Kept free after the last page: the state's PATCH and the answer. */
const saveReserveMs = 1000;

type Answer = FunctionData['recompute_portfolio'];

const isPareto = (config: CareConfig) => config.value.classes.mode === 'pareto';

function answer(state: RecomputeState | null, busy: boolean): Answer {
  if (!state) return { run: null, busy, secondsLeft: null };
  const perPage = state.pagesDone > 0 ? state.elapsedMs / state.pagesDone : null;
  const secondsLeft =
    state.phase === 'done'
      ? 0
      : perPage === null
        ? null
        : Math.round(((state.pagesTotal - state.pagesDone) * perPage) / 1000);
  return { run: publicRun(state), busy, secondsLeft };
}

function newRun(
  settings: CurrentSettings,
  previous: RecomputeState | null,
  env: PortalEnv,
  total: number,
  syncTasks: boolean,
): RecomputeState {
  const pages = Math.max(1, Math.ceil(total / 100));
  const pareto = isPareto(settings.config);
  return {
    run: (previous?.run ?? 0) + 1,
    configVersion: settings.version,
    phase: pareto ? 'values' : 'companies',
    syncTasks,
    total,
    pagesDone: 0,
    pagesTotal: pages * (pareto ? 2 : 1),
    steps: 0,
    elapsedMs: 0,
    evaluated: 0,
    changed: 0,
    segments: { key: 0, develop: 0, retain: 0, unidentified: 0 },
    tasksCreated: 0,
    tasksClosed: 0,
    tasksHeldBack: 0,
    startedAt: env.now.toISOString(),
    finishedAt: null,
    snapshot: null,
    now: env.now.toISOString(),
    timeZone: settings.savedTimeZone ?? env.timeZone ?? settings.timeZone,
    after: null,
    amounts: [],
    cutoffs: null,
    tasksPerOwner: {},
    tally: null,
  };
}

/** Pareto mode's first pass: one page of value amounts. */
async function valuesPage(client: Client, state: RecomputeState, config: CareConfig) {
  const page = await readCompanyInputs(client, companyPropertyNames(config), state.after, {
    withDeals: config.value.source.mode === 'deals',
    withTasks: false,
  });
  const now = new Date(state.now);
  for (const input of page.inputs) {
    const amount = valueAmount(input, config.value.source, now);
    if (amount !== null) state.amounts.push(amount);
  }
  state.after = page.after;
  const { classes } = config.value;
  if (page.after === null) {
    if (classes.mode === 'pareto') state.cutoffs = paretoCutoffs(state.amounts, classes);
    state.amounts = [];
    state.phase = 'companies';
  }
}

async function companiesPage(client: Client, state: RecomputeState, config: CareConfig) {
  const page = await readCompanyInputs(client, companyPropertyNames(config), state.after, {
    withDeals: config.value.source.mode === 'deals',
    withTasks: true,
  });
  const outcome = await recomputePage(client, page.inputs, {
    config,
    ctx: { now: new Date(state.now), timeZone: state.timeZone },
    cutoffs: state.cutoffs,
    syncTasks: state.syncTasks,
    tasksPerOwner: state.tasksPerOwner,
  });
  state.evaluated += page.inputs.length;
  state.changed += outcome.changed;
  for (const segment of Object.keys(outcome.segments) as (keyof typeof outcome.segments)[])
    state.segments[segment] += outcome.segments[segment];
  state.tasksCreated += outcome.tasksCreated;
  state.tasksClosed += outcome.tasksClosed;
  state.tasksHeldBack += outcome.tasksHeldBack;
  for (const [owner, count] of Object.entries(outcome.tasksPerOwner))
    state.tasksPerOwner[owner] = (state.tasksPerOwner[owner] ?? 0) + count;
  const ctx = { now: new Date(state.now), timeZone: state.timeZone };
  const tally = portfolioTally(outcome.stored, config, ctx);
  state.tally = state.tally ? mergeTallies(state.tally, tally) : tally;
  state.after = page.after;
}

/** The home page's snapshot from the run's tally (decision 0008): one request. */
async function saveRunSnapshot(client: Client, state: RecomputeState, settings: CurrentSettings) {
  const summary = state.tally ? summaryOfTally(state.tally, settings.config) : null;
  if (!summary) return 'skipped' as const;
  const snapshot = {
    asOf: new Date(state.now),
    companies: state.evaluated,
    configVersion: settings.version,
    summary,
  };
  try {
    await saveSnapshot(client, snapshot, settings.records);
    return 'saved' as const;
  } catch (caught) {
    // Too many owners for one property: the run is still done; the home page says what it has.
    if (caught instanceof RangeError) return 'skipped' as const;
    throw caught;
  }
}

/** Pages until the step's budget would run out (one page at least), then the state is stored. */
async function step(
  env: PortalEnv,
  state: RecomputeState,
  settings: CurrentSettings,
  started: number,
) {
  const end = Math.min(started + stepBudgetMs, deadlineOf(env.client)) - saveReserveMs;
  let slowest = 0;
  let pages = 0;
  while (state.phase !== 'done') {
    if (pages > 0 && performance.now() + slowest > end) break;
    const pageStart = performance.now();
    if (state.phase === 'values') await valuesPage(env.client, state, settings.config);
    else {
      await companiesPage(env.client, state, settings.config);
      if (state.after === null) {
        state.snapshot = await saveRunSnapshot(env.client, state, settings);
        state.phase = 'done';
      }
    }
    const took = performance.now() - pageStart;
    slowest = Math.max(slowest, took);
    state.elapsedMs += took;
    state.pagesDone = Math.min(state.pagesTotal, state.pagesDone + 1);
    pages += 1;
  }
  if (state.phase === 'done') {
    state.pagesDone = state.pagesTotal;
    state.finishedAt = env.now.toISOString();
    state.tally = null;
  }
  state.steps += 1;
  await saveRun(env.client, state, settings.records);
}

/**
 * The in-app portfolio recompute (decision 0018), one bounded step per call. The run lives on the
 * settings record of the config in force; each step is claimed, so two admins pressing at once
 * make one run and do each step once. A run of an older config version is left behind.
 */
export async function recomputePortfolio(
  env: PortalEnv,
  action: 'status' | 'start' | 'step',
  syncTasks: boolean,
): Promise<Answer> {
  const started = performance.now();
  const records = await readSettingsRecords(env.client, [
    ...snapshotProperties,
    recomputeRunProperty,
  ]);
  const settings = currentSettings(records);
  const current = storedRun(records, settings.version);
  if (action === 'status') return answer(current, false);
  const unfinished = current !== null && current.phase !== 'done';
  if (action === 'step' && !unfinished) return answer(current, false);
  if (action === 'start' && !unfinished) {
    const next = { configVersion: settings.version, run: (current?.run ?? 0) + 1 };
    const claim = await claimStep(env.client, next, 0, env.now);
    if (!claim) return answer(current, true);
    return claimed(env.client, claim, async () => {
      const state = newRun(settings, current, env, await companyCount(env.client), syncTasks);
      await step(env, state, settings, started);
      return answer(state, false);
    });
  }
  if (current === null) return answer(null, false);
  const claim = await claimStep(env.client, current, current.steps + 1, env.now);
  if (!claim) return answer(current, true);
  return claimed(env.client, claim, async () => {
    await step(env, current, settings, started);
    return answer(current, false);
  });
}
