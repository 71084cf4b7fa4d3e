import {
  hubspotNumber,
  valueAmount,
  type CareConfig,
  type DealInput,
  type EvaluationContext,
  type TaskInput,
} from '@care-model/core';
import { taskProperties, type ChangeCursor, type CrmRecord } from '@care-model/hubspot';
import { associationsOf } from '../hubspot/associationsOf';
import { batchRead } from '../hubspot/batchRead';
import type { CliClient } from '../hubspot/cliClient';
import { searchWindow } from '../hubspot/searchWindow';
import type { StoredRecord } from './checkpointEntry';
import type { ChangeMark } from './changeMark';
import { decodeOwnWrites, stateDigest } from './ownWrites';
import { add, compact, dealInput, dealProperties, type Portfolio } from './readPortfolio';
import { readMemo, type RelatedMemo } from './relatedMemo';

/** Above this share of the portfolio changed, list reads (100 a page, no search) cost less. */
const fullShare = 0.3;

/** Why the companies were read: counted for the run's summary. */
export interface ChangeCounts {
  modified: number;
  viaDeals: number;
  viaTasks: number;
  recheck: number;
}

export type ChangedPortfolio =
  { portfolio: Portfolio; counts: ChangeCounts } | { fullBecause: string };

const byNumericId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);

/** Changed deals or tasks by the companies they belong to. */
async function byCompany(cli: CliClient, type: 'deals' | 'tasks', records: readonly CrmRecord[]) {
  const owners = await associationsOf(
    cli,
    type,
    'companies',
    records.map((r) => r.id),
  );
  const grouped = new Map<string, StoredRecord[]>();
  for (const record of records)
    for (const companyId of owners.get(record.id) ?? [])
      grouped.set(companyId, [...(grouped.get(companyId) ?? []), compact(record, false)]);
  return grouped;
}

/** Deals or tasks of the companies, each with the companies (among them) it belongs to. */
async function recordsOf(
  cli: CliClient,
  type: 'deals' | 'tasks',
  companyIds: readonly string[],
  properties: readonly string[],
): Promise<StoredRecord[]> {
  if (companyIds.length === 0) return [];
  const byCompany = await associationsOf(cli, 'companies', type, companyIds);
  const owners = new Map<string, string[]>();
  for (const [companyId, ids] of byCompany)
    for (const id of ids) owners.set(id, [...(owners.get(id) ?? []), companyId]);
  const records = await batchRead(cli, type, [...owners.keys()], properties);
  return records.map((record) => ({
    ...compact(record, false),
    companyIds: (owners.get(record.id) ?? []).sort(byNumericString),
  }));
}

const isClosedWon = (deal: StoredRecord) => deal.properties.hs_is_closed_won === 'true';

/** A company's memo with the deals and tasks changed since the cursor in their state now. */
function merged(
  memo: RelatedMemo,
  deals: readonly StoredRecord[],
  tasks: readonly StoredRecord[],
): { deals: DealInput[]; tasks: TaskInput[] } {
  const won = new Map(memo.deals.map((deal) => [deal.id, deal]));
  for (const deal of deals) {
    won.delete(deal.id);
    if (isClosedWon(deal)) won.set(deal.id, dealInput(deal));
  }
  const byId = new Map(memo.tasks.map((task) => [task.id, task]));
  for (const task of tasks) byId.set(task.id, task);
  return { deals: [...won.values()], tasks: [...byId.values()] };
}

const byNumericString = (a: string, b: string) => Number(a) - Number(b);

/** Pareto mode: the last full run's lines hold while no company's value changed (nor their number). */
function paretoChange(
  portfolio: Portfolio,
  config: CareConfig,
  ctx: EvaluationContext,
  cursor: ChangeCursor,
  mark: ChangeMark,
): string | null {
  if (!cursor.paretoCutoffs) return 'the last full run drew no Pareto lines';
  if (mark.companies !== cursor.companies)
    return `the portal has ${mark.companies} companies, the last full run ${cursor.companies}`;
  for (const company of portfolio.companies) {
    const input = {
      id: company.id,
      properties: company.properties,
      deals: portfolio.deals.get(company.id) ?? [],
      tasks: [],
    };
    const amount = hubspotNumber(valueAmount(input, config.value.source, ctx.now));
    // Out of scope or new, a company's stored amount is empty: its old value is unknown.
    if (!company.properties.care_segment || company.properties.care_value_amount !== amount)
      return `the value of company ${company.id} changed in Pareto mode (the class lines may move)`;
  }
  return null;
}

/**
 * The companies whose result may have changed since the cursor: modified companies, companies of
 * modified deals and tasks (searched on `hs_lastmodifieddate` up to the mark), and companies whose
 * `care_recheck_at` has come; with all their closed-won deals and tasks, as a full run reads them:
 * from the company's memo and the changed records (decision 0020), or read when it has no memo.
 */
export async function readChanged(
  cli: CliClient,
  companyProperties: readonly string[],
  config: CareConfig,
  ctx: EvaluationContext,
  cursor: ChangeCursor,
  mark: ChangeMark,
): Promise<ChangedPortfolio> {
  const since = Date.parse(cursor.changedSince);
  const modified = (objectType: string, properties: readonly string[]) =>
    searchWindow(
      cli,
      { objectType, property: 'hs_lastmodifieddate', fromMs: since, toMs: mark.atMs + 1 },
      properties,
    );
  const [touched, deals, tasks, recheck] = await Promise.all([
    modified('companies', companyProperties),
    modified('deals', dealProperties),
    modified('tasks', taskProperties),
    searchWindow(
      cli,
      {
        objectType: 'companies',
        property: 'care_recheck_at',
        fromMs: 0,
        toMs: ctx.now.getTime() + 1,
      },
      companyProperties,
    ),
  ]);
  // The last run's own writes modified these: unless someone else changed one since, skip it.
  const own = decodeOwnWrites(cursor.ownWrites);
  const companies = touched.filter(
    (company) => own.get(company.id) !== stateDigest(company.properties, companyProperties),
  );
  const [dealsOf, tasksOf] = await Promise.all([
    byCompany(cli, 'deals', deals),
    byCompany(cli, 'tasks', tasks),
  ]);
  const ids = new Set([
    ...companies.map((c) => c.id),
    ...dealsOf.keys(),
    ...tasksOf.keys(),
    ...recheck.map((c) => c.id),
  ]);
  if (ids.size > fullShare * mark.companies)
    return {
      fullBecause: `${ids.size} of ${mark.companies} companies changed (modified ${companies.length}, by deals ${dealsOf.size}, by tasks ${tasksOf.size}, recheck due ${recheck.length})`,
    };
  const candidates = [...ids].sort(byNumericString);
  // The searches returned the companies' properties already; the others are read in batches.
  const found = new Map([...companies, ...recheck].map((company) => [company.id, company]));
  const unread = await batchRead(
    cli,
    'companies',
    candidates.filter((id) => !found.has(id)),
    companyProperties,
  );
  const read = [...found.values(), ...unread].sort(byNumericId).map((r) => compact(r, false));
  const memos = new Map(read.map((company) => [company.id, readMemo(company.properties)]));
  const unmemoed = read.flatMap((company) => (memos.get(company.id) ? [] : [company.id]));
  const [closedWon, taskRecords] = await Promise.all([
    recordsOf(cli, 'deals', unmemoed, dealProperties),
    recordsOf(cli, 'tasks', unmemoed, taskProperties),
  ]);
  const portfolio: Portfolio = {
    companies: [],
    deals: new Map(),
    tasks: new Map(),
    read: {
      companies: read.length,
      deals: deals.length + closedWon.length,
      tasks: tasks.length + taskRecords.length,
    },
    ...(cursor.paretoCutoffs ? { paretoCutoffs: cursor.paretoCutoffs } : {}),
  };
  add(portfolio, 'companies', read);
  add(portfolio, 'deals', closedWon.filter(isClosedWon));
  add(portfolio, 'tasks', taskRecords);
  const memoTasks = new Set<string>();
  for (const [companyId, memo] of memos) {
    if (!memo) continue;
    const now = merged(memo, dealsOf.get(companyId) ?? [], tasksOf.get(companyId) ?? []);
    portfolio.deals.set(companyId, now.deals);
    portfolio.tasks.set(companyId, now.tasks);
    const changed = new Set((tasksOf.get(companyId) ?? []).map((task) => task.id));
    for (const task of memo.tasks) if (!changed.has(task.id)) memoTasks.add(task.id);
  }
  portfolio.memoTasks = memoTasks;
  if (config.value.classes.mode === 'pareto') {
    const why = paretoChange(portfolio, config, ctx, cursor, mark);
    if (why) return { fullBecause: why };
  }
  return {
    portfolio,
    counts: {
      modified: companies.length,
      viaDeals: dealsOf.size,
      viaTasks: tasksOf.size,
      recheck: recheck.length,
    },
  };
}
