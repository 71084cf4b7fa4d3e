import type { DealInput, ParetoCutoffs, TaskInput } from '@care-model/core';
import { type CrmRecord, associatedIds, taskProperties } from '@care-model/hubspot';
import type { CliClient } from '../hubspot/cliClient';
import { companyPages, listPages, type PageReader } from '../hubspot/companyPages';
import { output } from '../output';
import type { CheckpointEntry, StoredRecord, Stream } from './checkpointEntry';

/** The whole portfolio in memory: companies, their closed-won deals and their tasks. */
export interface Portfolio {
  companies: StoredRecord[];
  deals: Map<string, DealInput[]>;
  tasks: Map<string, TaskInput[]>;
  /** Records read per stream (deals and tasks included those not kept). */
  read: Record<Stream, number>;
  /** Pareto mode, incremental: the last full run's lines (only some companies are read). */
  paretoCutoffs?: ParetoCutoffs;
  /** Incremental: tasks known from a company's memo only (their bodies are markers alone). */
  memoTasks?: ReadonlySet<string>;
}

export const dealProperties = [
  'amount',
  'amount_in_home_currency',
  'closedate',
  'hs_is_closed_won',
];

export function compact(record: CrmRecord, withCompanies: boolean): StoredRecord {
  const properties: Record<string, string> = {};
  for (const [name, value] of Object.entries(record.properties))
    if (value !== null && value !== '') properties[name] = value;
  return withCompanies
    ? { id: record.id, properties, companyIds: associatedIds(record, 'companies') }
    : { id: record.id, properties };
}

const readers = (companyProperties: readonly string[]): Record<Stream, PageReader> => ({
  companies: companyPages(companyProperties),
  deals: (client, after) =>
    client.crm.deals.basicApi.getPage(100, after, dealProperties, undefined, ['companies']),
  tasks: (client, after) =>
    client.crm.objects.tasks.basicApi.getPage(100, after, taskProperties, undefined, ['companies']),
});

// Only closed-won deals count for value; other deals are not kept (nor checkpointed).
const keep: Record<Stream, (record: StoredRecord) => boolean> = {
  companies: () => true,
  deals: (deal) => deal.properties.hs_is_closed_won === 'true',
  tasks: (task) => (task.companyIds ?? []).length > 0,
};

function push<T>(byCompany: Map<string, T[]>, companyIds: readonly string[], item: T): void {
  for (const companyId of companyIds) {
    const list = byCompany.get(companyId);
    if (list) list.push(item);
    else byCompany.set(companyId, [item]);
  }
}

// In memory a deal keeps only what the value amount reads, a task only its id and properties.
export function add(portfolio: Portfolio, stream: Stream, records: readonly StoredRecord[]): void {
  for (const record of records) {
    const { id, properties, companyIds = [] } = record;
    if (stream === 'companies') portfolio.companies.push(record);
    else if (stream === 'tasks') push(portfolio.tasks, companyIds, { id, properties });
    else push(portfolio.deals, companyIds, dealInput(record));
  }
}

/** A closed-won deal as the value reads it: the amount in the portal's currency, and its close date. */
export function dealInput({ id, properties }: StoredRecord): DealInput {
  // A deal's own `amount` may be in another currency.
  const amount = properties.amount_in_home_currency || properties.amount;
  const { closedate } = properties;
  return { id, properties: { ...(amount && { amount }), ...(closedate && { closedate }) } };
}

/**
 * Pages through companies, deals (with their companies) and tasks (with their companies), three
 * streams at once; each page is checkpointed, and a resume continues from the last cursor.
 */
export async function readPortfolio(
  cli: CliClient,
  companyProperties: readonly string[],
  done: readonly CheckpointEntry[],
  checkpoint: (entry: CheckpointEntry) => void,
): Promise<Portfolio> {
  const portfolio: Portfolio = {
    companies: [],
    deals: new Map(),
    tasks: new Map(),
    read: { companies: 0, deals: 0, tasks: 0 },
  };
  const progress = output.progress('Reading', null, 1000);
  let read = 0;
  const cursors = new Map<Stream, string | null>();
  for (const entry of done)
    if (entry.kind === 'page') {
      add(portfolio, entry.stream, entry.records);
      cursors.set(entry.stream, entry.after);
      portfolio.read[entry.stream] += entry.read;
      read += entry.read;
    }
  const stream = async (name: Stream) => {
    const cursor = cursors.get(name);
    if (cursor === null) return;
    for await (const page of listPages(cli, readers(companyProperties)[name], cursor)) {
      const records = page.records.map((r) => compact(r, name !== 'companies')).filter(keep[name]);
      checkpoint({
        kind: 'page',
        stream: name,
        after: page.after ?? null,
        read: page.records.length,
        records,
      });
      add(portfolio, name, records);
      portfolio.read[name] += page.records.length;
      read += page.records.length;
      progress.update(read, `records (${portfolio.companies.length} companies)`);
    }
  };
  await Promise.all([stream('companies'), stream('deals'), stream('tasks')]);
  progress.update(read, `records (${portfolio.companies.length} companies)`);
  progress.stop();
  return portfolio;
}
