import type { Client } from '@hubspot/api-client';
import { pageSchema, type CrmRecord } from '@care-model/hubspot';
import type { CliClient } from './cliClient';

/** One page of a list endpoint and the cursor of the next (undefined = the last page). */
export interface Page {
  records: CrmRecord[];
  after: string | undefined;
}

/** Reads one page of 100 after `after` (list endpoints, not search: search stops at 10 000). */
export type PageReader = (client: Client, after: string | undefined) => Promise<unknown>;

/** The pages of a list endpoint from `after` on, one request each. */
export async function* listPages(
  cli: CliClient,
  read: PageReader,
  after?: string,
): AsyncGenerator<Page> {
  let cursor = after;
  do {
    const page = pageSchema.parse(await cli.call((client) => read(client, cursor)));
    cursor = page.paging?.next?.after;
    yield { records: page.results, after: cursor };
  } while (cursor !== undefined);
}

/** Companies with the given properties. */
export const companyPages =
  (properties: readonly string[]): PageReader =>
  (client, after) =>
    client.crm.companies.basicApi.getPage(100, after, [...properties]);
