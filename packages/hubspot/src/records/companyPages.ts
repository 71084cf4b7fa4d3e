import type { Client } from '@hubspot/api-client';
import { pageSchema, type CrmRecord } from './records';
import { called } from '../client/callPolicy';

/** Companies page by page (100 each) until the end or the deadline (`performance.now()` ms). */
export async function readCompanyPages(
  client: Client,
  properties: readonly string[],
  deadline: number,
  maxPages = Number.POSITIVE_INFINITY,
): Promise<{ companies: CrmRecord[]; complete: boolean; pages: number }> {
  const companies: CrmRecord[] = [];
  let after: string | undefined;
  let pages = 0;
  do {
    if (pages >= maxPages || performance.now() > deadline)
      return { companies, complete: false, pages };
    const page = pageSchema.parse(
      await called(client, 'safe', () =>
        client.crm.companies.basicApi.getPage(100, after, [...properties]),
      ),
    );
    pages += 1;
    companies.push(...page.results);
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return { companies, complete: true, pages };
}
