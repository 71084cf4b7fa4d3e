import type { Client } from '@hubspot/api-client';
import type { CompanyInput, DealInput, TaskInput } from '@care-model/core';
import { allAssociatedIds } from '../records/associationIds';
import { pageSchema } from '../records/crmRecord';
import { readClosedWonDeals } from '../records/readClosedWonDeals';
import { called } from '../client/callPolicy';
import { readTasks } from '../tasks/readTasks';

/** One page of companies with what their evaluation reads; `after` is null after the last page. */
export interface CompanyInputPage {
  inputs: CompanyInput[];
  after: string | null;
}

const byIds = <T extends { id?: string }>(records: readonly T[], ids: readonly string[]) => {
  const found = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => found.get(id) ?? []);
};

/**
 * 100 companies with their closed-won deals (when `withDeals`) and tasks (when `withTasks`), as a
 * card reads one company (readCompanyContext), for a page at once. Calls: the page, then the deals
 * and tasks together (one batch read per 100; a company with over 100 of either adds a v4 read).
 */
export async function readCompanyInputs(
  client: Client,
  properties: readonly string[],
  after: string | null,
  options: { withDeals: boolean; withTasks: boolean },
): Promise<CompanyInputPage> {
  const associations = [
    ...(options.withDeals ? ['deals'] : []),
    ...(options.withTasks ? ['tasks'] : []),
  ];
  const page = pageSchema.parse(
    await called(client, 'safe', () =>
      client.crm.companies.basicApi.getPage(
        100,
        after ?? undefined,
        [...properties],
        undefined,
        associations.length > 0 ? associations : undefined,
      ),
    ),
  );
  const idsOf = (toType: string) =>
    Promise.all(page.results.map((c) => allAssociatedIds(client, 'companies', c, toType)));
  const [dealIds, taskIds] = await Promise.all([
    options.withDeals ? idsOf('deals') : page.results.map(() => []),
    options.withTasks ? idsOf('tasks') : page.results.map(() => []),
  ]);
  const unique = (lists: string[][]) => [...new Set(lists.flat())];
  const [deals, tasks]: [DealInput[], TaskInput[]] = await Promise.all([
    unique(dealIds).length > 0 ? readClosedWonDeals(client, unique(dealIds)) : [],
    unique(taskIds).length > 0 ? readTasks(client, unique(taskIds)) : [],
  ]);
  return {
    inputs: page.results.map((company, index) => ({
      id: company.id,
      properties: company.properties,
      deals: byIds(deals, dealIds[index] ?? []),
      tasks: byIds(tasks, taskIds[index] ?? []),
    })),
    after: page.paging?.next?.after ?? null,
  };
}
