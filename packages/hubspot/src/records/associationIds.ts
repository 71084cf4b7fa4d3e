import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { called } from '../client/callPolicy';
import { associatedIds, hasMoreAssociations, type CrmRecord } from './crmRecord';

const pageSchema = z.object({
  results: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]) })),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

/** Every record of `toType` associated with one record, read with the v4 API 500 at a time. */
export async function associationIds(
  client: Client,
  fromType: string,
  fromId: string,
  toType: string,
): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = pageSchema.parse(
      await called(client, 'safe', () =>
        client.crm.associations.v4.basicApi.getPage(fromType, fromId, toType, after, 500),
      ),
    );
    ids.push(...page.results.map((r) => String(r.toObjectId)));
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return [...new Set(ids)];
}

/** The ids a record read listed under `toType`, or all of them through the v4 API when it listed only 100. */
export async function allAssociatedIds(
  client: Client,
  fromType: string,
  record: CrmRecord,
  toType: string,
): Promise<string[]> {
  if (!hasMoreAssociations(record, toType)) return associatedIds(record, toType);
  return associationIds(client, fromType, record.id, toType);
}
