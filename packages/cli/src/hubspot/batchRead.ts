import { batchAnswerSchema, chunks, readWhole, type CrmRecord } from '@care-model/hubspot';
import type { CliClient } from './cliClient';

const byNumericId = (a: { id: string }, b: { id: string }) => Number(a.id) - Number(b.id);

/** Records by id in batch reads of 100; ids HubSpot does not know are left out. */
export async function batchRead(
  cli: CliClient,
  objectType: string,
  ids: readonly string[],
  properties: readonly string[],
): Promise<CrmRecord[]> {
  const pages = await Promise.all(
    chunks(ids).map((part) =>
      cli.call((client) =>
        readWhole(
          part,
          async (open) =>
            batchAnswerSchema.parse(
              await client.crm.objects.batchApi.read(objectType, {
                inputs: open.map((id) => ({ id })),
                properties: [...properties],
                propertiesWithHistory: [],
              }),
            ),
          (record) => record.id,
        ),
      ),
    ),
  );
  return pages.flat().sort(byNumericId);
}
