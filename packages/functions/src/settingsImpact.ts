import {
  classifyCompany,
  paretoClasses,
  prop,
  readNumber,
  type CareConfig,
  type Segment,
} from '@care-model/core';
import type { SettingsImpact } from '@care-model/contract';
import type { Client } from '@hubspot/api-client';
import { readCompanyPages } from './companyPages';
import { companyPropertyNames } from './companyProperties';
import type { CrmRecord } from './records';

/** Reading stops after this long, inside the 10 s of one invocation; the impact then says so. */
const readBudgetMs = 6000;

function segmentsUnder(
  companies: readonly CrmRecord[],
  config: CareConfig,
  now: Date,
  timeZone: string,
): Map<string, Segment> {
  const amountOf = (c: CrmRecord) => prop(c.properties, 'care_value_amount', readNumber);
  const { classes } = config.value;
  // Pareto classes need the whole portfolio: re-derive them from the stored amounts read here.
  const pareto =
    classes.mode === 'pareto'
      ? paretoClasses(
          companies.map((c) => ({ id: c.id, amount: amountOf(c) })),
          classes,
        )
      : undefined;
  const segments = new Map<string, Segment>();
  for (const company of companies) {
    const input = { id: company.id, properties: company.properties, deals: [], tasks: [] };
    const ctx = {
      now,
      timeZone,
      storedValueAmount: amountOf(company),
      ...(pareto ? { paretoClass: pareto.get(company.id) ?? null } : {}),
    };
    segments.set(company.id, classifyCompany(input, config, ctx).segment);
  }
  return segments;
}

/**
 * "N companies would change segment": every company re-derived under both configs from its stored
 * fields (value from `care_value_amount`, factors from the stored scores), without deals.
 */
export async function settingsImpact(
  client: Client,
  before: CareConfig,
  after: CareConfig,
  now: Date,
  timeZone: string,
): Promise<SettingsImpact> {
  const properties = [
    ...new Set([...companyPropertyNames(before), ...companyPropertyNames(after)]),
  ];
  const read = await readCompanyPages(client, properties, performance.now() + readBudgetMs);
  const old = segmentsUnder(read.companies, before, now, timeZone);
  const next = segmentsUnder(read.companies, after, now, timeZone);
  const counts = new Map<string, { from: Segment; to: Segment; count: number }>();
  for (const [id, from] of old) {
    const to = next.get(id) ?? from;
    if (to === from) continue;
    const entry = counts.get(`${from}>${to}`) ?? { from, to, count: 0 };
    counts.set(`${from}>${to}`, { ...entry, count: entry.count + 1 });
  }
  const transitions = [...counts.values()].sort((a, b) => b.count - a.count);
  return {
    complete: read.complete,
    companiesRead: read.companies.length,
    companiesChanging: transitions.reduce((sum, t) => sum + t.count, 0),
    transitions,
  };
}
