import {
  hubspotNumber,
  valueAmount,
  type CareConfig,
  type EvaluationContext,
} from '@care-model/core';
import {
  batchAnswerSchema,
  chunks,
  taskProperties,
  type ChangeCursor,
  type CrmRecord,
} from '@care-model/hubspot';
import { associationsOf } from '../hubspot/associationsOf';
import type { CliClient } from '../hubspot/cliClient';
import { searchWindow } from '../hubspot/searchWindow';
import type { StoredRecord, Stream } from './checkpointEntry';
import type { ChangeMark } from './changeMark';
import { decodeOwnWrites, stateDigest } from './ownWrites';
import { add, compact, dealProperties, type Portfolio } from './readPortfolio';

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

async function batchRead(
  cli: CliClient,
  objectType: string,
  ids: readonly string[],
  properties: readonly string[],
): Promise<CrmRecord[]> {
  const pages = await Promise.all(
    chunks(ids).map(async (part) =>
      batchAnswerSchema.parse(
        await cli.call((client) =>
          client.crm.objects.batchApi.read(objectType, {
            inputs: part.map((id) => ({ id })),
            properties: [...properties],
            propertiesWithHistory: [],
          }),
        ),
      ),
    ),
  );
  return pages.flatMap((page) => page.results).sort(byNumericId);
}

/** The companies of changed deals or tasks. */
async function companiesOf(cli: CliClient, type: Stream, records: CrmRecord[]) {
  const byRecord = await associationsOf(
    cli,
    type,
    'companies',
    records.map((r) => r.id),
  );
  return new Set([...byRecord.values()].flat());
}

/** Deals or tasks of the companies, each with the companies (among them) it belongs to. */
async function recordsOf(
  cli: CliClient,
  type: 'deals' | 'tasks',
  companyIds: readonly string[],
  properties: readonly string[],
): Promise<StoredRecord[]> {
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
 * `care_recheck_at` has come; with all their closed-won deals and tasks, as a full run reads them.
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
  const modified = (objectType: string, properties: readonly string[] = []) =>
    searchWindow(
      cli,
      { objectType, property: 'hs_lastmodifieddate', fromMs: since, toMs: mark.atMs + 1 },
      properties,
    );
  const [touched, deals, tasks, recheck] = await Promise.all([
    modified('companies', companyProperties),
    modified('deals'),
    modified('tasks'),
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
  const [viaDeals, viaTasks] = await Promise.all([
    companiesOf(cli, 'deals', deals),
    companiesOf(cli, 'tasks', tasks),
  ]);
  const ids = new Set([
    ...companies.map((c) => c.id),
    ...viaDeals,
    ...viaTasks,
    ...recheck.map((c) => c.id),
  ]);
  if (ids.size > fullShare * mark.companies)
    return {
      fullBecause: `${ids.size} of ${mark.companies} companies changed (modified ${companies.length}, by deals ${viaDeals.size}, by tasks ${viaTasks.size}, recheck due ${recheck.length})`,
    };
  const candidates = [...ids].sort(byNumericString);
  // The searches returned the companies' properties already; the others are read in batches.
  const found = new Map([...companies, ...recheck].map((company) => [company.id, company]));
  const [unread, closedWon, taskRecords] = await Promise.all([
    batchRead(
      cli,
      'companies',
      candidates.filter((id) => !found.has(id)),
      companyProperties,
    ),
    config.value.source.mode === 'deals'
      ? recordsOf(cli, 'deals', candidates, dealProperties)
      : Promise.resolve([]),
    recordsOf(cli, 'tasks', candidates, taskProperties),
  ]);
  const read = [...found.values(), ...unread].sort(byNumericId);
  const portfolio: Portfolio = {
    companies: [],
    deals: new Map(),
    tasks: new Map(),
    read: { companies: read.length, deals: closedWon.length, tasks: taskRecords.length },
    ...(cursor.paretoCutoffs ? { paretoCutoffs: cursor.paretoCutoffs } : {}),
  };
  add(
    portfolio,
    'companies',
    read.map((record) => compact(record, false)),
  );
  add(
    portfolio,
    'deals',
    closedWon.filter((deal) => deal.properties.hs_is_closed_won === 'true'),
  );
  add(portfolio, 'tasks', taskRecords);
  if (config.value.classes.mode === 'pareto') {
    const why = paretoChange(portfolio, config, ctx, cursor, mark);
    if (why) return { fullBecause: why };
  }
  return {
    portfolio,
    counts: {
      modified: companies.length,
      viaDeals: viaDeals.size,
      viaTasks: viaTasks.size,
      recheck: recheck.length,
    },
  };
}
