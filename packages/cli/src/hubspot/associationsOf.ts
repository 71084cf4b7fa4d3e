import { associationIds, chunks } from '@care-model/hubspot';
import { z } from 'zod';
import type { CliClient } from './cliClient';

const idSchema = z.union([z.string(), z.number()]).transform(String);
const batchSchema = z.object({
  results: z.array(
    z.object({
      // The SDK's model names HubSpot's `from` `_from`.
      _from: z.object({ id: idSchema }),
      to: z.array(z.object({ toObjectId: idSchema })),
      paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
    }),
  ),
});

/** The v4 batch read takes 1 000 records a request. */
const batchSize = 1000;

/**
 * The `toType` ids associated with each record: v4 batch reads of 1 000 records; a record with more
 * than a page of associations is read again on its own. Records without any are absent.
 */
export async function associationsOf(
  cli: CliClient,
  fromType: string,
  toType: string,
  ids: readonly string[],
): Promise<Map<string, string[]>> {
  const byId = new Map<string, string[]>();
  await Promise.all(
    chunks(ids, batchSize).map(async (part) => {
      const answer = batchSchema.parse(
        await cli.call((client) =>
          client.crm.associations.v4.batchApi.getPage(fromType, toType, {
            inputs: part.map((id) => ({ id })),
          }),
        ),
      );
      for (const result of answer.results) {
        const to =
          result.paging?.next === undefined
            ? result.to.map((association) => association.toObjectId)
            : await cli.call((client) => associationIds(client, fromType, result._from.id, toType));
        byId.set(result._from.id, [...new Set([...(byId.get(result._from.id) ?? []), ...to])]);
      }
    }),
  );
  return byId;
}
