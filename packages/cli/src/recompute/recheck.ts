import { batchAnswerSchema, readWhole, type CrmRecord } from '@care-model/hubspot';
import type { CliClient } from '../hubspot/cliClient';
import { searchWindow } from '../hubspot/searchWindow';
import { overlapMs, type ChangeMark } from './changeMark';
import type { CompanyChange } from './companyChange';

/** What the run read, to tell a company a card action moved since then and evaluate it again. */
export interface RunRead {
  properties: readonly string[];
  /** `hs_lastmodifieddate` of a company as the run read it. */
  readAt: (id: string) => string | undefined;
  reevaluate: (id: string, properties: Record<string, string>) => CompanyChange;
}

/** A write batch's changes as of now: a company changed since the run read it is evaluated again. */
export type Recheck = (inputs: readonly CompanyChange[]) => Promise<CompanyChange[]>;

const filled = (record: CrmRecord) =>
  Object.fromEntries(
    Object.entries(record.properties).flatMap(([name, value]) =>
      value === null || value === '' ? [] : [[name, value]],
    ),
  );

/** The change of a company whose fields are `now`: as evaluated, or evaluated again if it moved. */
function asOf(now: CrmRecord, change: CompanyChange, run: RunRead): CompanyChange[] {
  if (now.properties.hs_lastmodifieddate === run.readAt(change.id)) return [change];
  const again = run.reevaluate(change.id, filled(now));
  return Object.keys(again.properties).length > 0 ? [again] : [];
}

/** Full runs (decision 0017): each batch reads its companies again first, one batch read. */
export function recheckEachBatch(cli: CliClient, run: RunRead): Recheck {
  const properties = [...run.properties, 'hs_lastmodifieddate'];
  return async (inputs) => {
    const fresh = await cli.call((client) =>
      readWhole(
        inputs.map((change) => change.id),
        async (ids) =>
          batchAnswerSchema.parse(
            await client.crm.companies.batchApi.read({
              inputs: ids.map((id) => ({ id })),
              properties,
              propertiesWithHistory: [],
            }),
          ),
        (company) => company.id,
      ),
    );
    const byId = new Map(fresh.map((company) => [company.id, company]));
    // Deleted or merged since the run read it: nothing to write.
    return inputs.flatMap((change) => {
      const now = byId.get(change.id);
      return now ? asOf(now, change, run) : [];
    });
  };
}

/**
 * A run that takes longer is not an incremental one; the bound keeps the window finite for
 * `searchWindow`, which halves a window holding more than 10 000 companies.
 */
const guardSpanMs = 24 * 3_600_000;

/**
 * Incremental runs (decision 0019): one search, before the first batch is written, for companies
 * modified since the run's mark (less the index-lag overlap); a company not found is written as
 * evaluated. Nothing is searched when nothing is written.
 */
export function recheckOnce(cli: CliClient, run: RunRead, mark: ChangeMark): Recheck {
  let modified: Promise<Map<string, CrmRecord>> | undefined;
  const search = async () => {
    const window = {
      objectType: 'companies',
      property: 'hs_lastmodifieddate',
      fromMs: mark.atMs - overlapMs,
      toMs: mark.atMs + guardSpanMs,
    };
    const found = await searchWindow(cli, window, run.properties);
    return new Map(found.map((company) => [company.id, company]));
  };
  return async (inputs) => {
    modified ??= search();
    const byId = await modified;
    return inputs.flatMap((change) => {
      const now = byId.get(change.id);
      return now ? asOf(now, change, run) : [change];
    });
  };
}
