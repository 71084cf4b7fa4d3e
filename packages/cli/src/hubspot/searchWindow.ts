import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/objects';
import { crmRecordSchema, pageSchema, type CrmRecord } from '@care-model/hubspot';
import { z } from 'zod';
import type { CliClient } from './cliClient';

/** HubSpot's search pages through 10 000 results at most, 200 a page. */
export const searchResultCap = 10_000;
const pageLimit = 200;

const searchPageSchema = pageSchema.extend({
  total: z.number().int(),
  results: z.array(crmRecordSchema),
});

/** A range of a date property, [fromMs, toMs): epoch milliseconds, as HubSpot's filters take them. */
export interface SearchWindow {
  objectType: string;
  property: string;
  fromMs: number;
  toMs: number;
}

/** HubSpot's documented sort object; the SDK types a sort as a string. */
export const sortBy = (propertyName: string, direction: 'ASCENDING' | 'DESCENDING') =>
  [{ propertyName, direction }] as unknown as string[];

const request = (window: SearchWindow, properties: readonly string[], after?: string) => ({
  filterGroups: [
    {
      filters: [
        {
          propertyName: window.property,
          operator: FilterOperatorEnum.Gte,
          value: String(window.fromMs),
        },
        {
          propertyName: window.property,
          operator: FilterOperatorEnum.Lt,
          value: String(window.toMs),
        },
      ],
    },
  ],
  sorts: sortBy(window.property, 'ASCENDING'),
  properties: [window.property, ...properties],
  limit: pageLimit,
  ...(after === undefined ? {} : { after }),
});

/**
 * The records whose `property` lies in the window, 200 a search; a window holding more than the
 * search can page through is split in two halves in time, as often as it takes.
 */
export async function searchWindow(
  cli: CliClient,
  window: SearchWindow,
  properties: readonly string[] = [],
): Promise<CrmRecord[]> {
  const found: CrmRecord[] = [];
  let after: string | undefined;
  do {
    const body = request(window, properties, after);
    const page = searchPageSchema.parse(
      await cli.search((client) => client.crm.objects.searchApi.doSearch(window.objectType, body)),
    );
    if (after === undefined && page.total > searchResultCap) {
      if (window.toMs - window.fromMs <= 1)
        throw new RangeError(
          `More than ${searchResultCap} ${window.objectType} share ${window.property} ${window.fromMs}: the search cannot page through them.`,
        );
      const middle = Math.floor((window.fromMs + window.toMs) / 2);
      const halves = await Promise.all([
        searchWindow(cli, { ...window, toMs: middle }, properties),
        searchWindow(cli, { ...window, fromMs: middle }, properties),
      ]);
      return halves.flat();
    }
    found.push(...page.results);
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return found;
}
