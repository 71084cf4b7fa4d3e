import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { called } from '../client/callPolicy';

const countSchema = z.object({ total: z.number().int() });

/** How many companies the portal has: one search of one result, which answers the total. */
export async function companyCount(client: Client): Promise<number> {
  const answer = await called(client, 'safe', () =>
    client.crm.companies.searchApi.doSearch({
      filterGroups: [],
      sorts: ['hs_object_id'],
      properties: ['name'],
      limit: 1,
    }),
  );
  return countSchema.parse(answer).total;
}
