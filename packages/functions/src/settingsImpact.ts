import { segmentImpact, type CareConfig } from '@care-model/core';
import type { SettingsImpact } from '@care-model/contract';
import type { Client } from '@hubspot/api-client';
import { readCompanyPages, companyPropertyNames, deadlineOf } from '@care-model/hubspot';

/** Reading stops after this long or this many pages of 100, inside one invocation; the impact then says so. */
const readBudgetMs = 6000;
const maxPages = 10;

/** The impact of a settings change on the portfolio as stored, read within one invocation's budget. */
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
  // It ends 2 s before the 9 s budget, so the preview answers within 7 s of the start (0012).
  const deadline = Math.min(performance.now() + readBudgetMs, deadlineOf(client) - 2000);
  const read = await readCompanyPages(client, properties, deadline, maxPages);
  const impact = segmentImpact(read.companies, before, after, now, timeZone);
  return {
    complete: read.complete,
    companiesRead: read.companies.length,
    companiesChanging: impact.companiesChanging,
    transitions: [...impact.transitions],
  };
}
