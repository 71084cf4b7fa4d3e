import type { Client } from '@hubspot/api-client';
import { pageSchema, type CrmRecord } from './crmRecord';
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
  let slowestMs = 0;
  do {
    // A page is started only when one as slow as the slowest so far still ends by the deadline.
    if (pages >= maxPages || performance.now() + slowestMs > deadline)
      return { companies, complete: false, pages };
    const started = performance.now();
    const page = pageSchema.parse(
      await called(client, 'safe', () =>
        client.crm.companies.basicApi.getPage(100, after, [...properties]),
      ),
    );
    pages += 1;
    slowestMs = Math.max(slowestMs, performance.now() - started);
    companies.push(...page.results);
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return { companies, complete: true, pages };
}
