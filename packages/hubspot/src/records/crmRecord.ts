import { z } from 'zod';

/** A CRM record as the SDK hands it back; values are strings or null. */
export const crmRecordSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable()),
  associations: z
    .record(
      z.string(),
      z.object({
        results: z.array(z.object({ id: z.string() })),
        paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
      }),
    )
    .optional(),
});
export type CrmRecord = z.infer<typeof crmRecordSchema>;

/** One entry of a batch answer's `errors` (HTTP 207). */
export const batchErrorSchema = z.object({
  category: z.string().optional(),
  message: z.string().optional(),
  context: z.record(z.string(), z.array(z.string())).optional(),
});

/** A batch answer: 200/201 (all done) or 207 (some items failed, listed in `errors`). */
export const batchAnswerSchema = z.object({
  results: z.array(crmRecordSchema),
  errors: z.array(batchErrorSchema).optional(),
});

export const pageSchema = z.object({
  results: z.array(crmRecordSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

/** Ids of the records associated under `toType` (e.g. `deals`), deduplicated. */
export function associatedIds(record: CrmRecord, toType: string): string[] {
  const results = record.associations?.[toType]?.results ?? [];
  return [...new Set(results.map((r) => r.id))];
}

/** A record read lists at most 100 associations per type; a paging cursor says more exist. */
export function hasMoreAssociations(record: CrmRecord, toType: string): boolean {
  return record.associations?.[toType]?.paging?.next !== undefined;
}

/** Batch endpoints take at most 100 inputs. */
export function chunks<T>(items: readonly T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A batch read still answered in part after its sends: what it lacks may exist (decision 0017). */
export class PartialAnswerError extends Error {}

const sendsOfARead = 3;

/**
 * A batch read of `ids` whose 207 failures other than "not found" (a server hiccup per item) are
 * read again: what the results then lack does not exist. Throws `PartialAnswerError` otherwise.
 */
export async function readWhole<A extends { results: unknown[]; errors?: { category?: string }[] }>(
  ids: readonly string[],
  read: (ids: readonly string[]) => Promise<A>,
  idOf: (result: A['results'][number]) => string,
): Promise<A['results']> {
  const found: A['results'] = [];
  let open = ids;
  for (let send = 1; open.length > 0; send += 1) {
    const answer = await read(open);
    found.push(...answer.results);
    const incomplete = (answer.errors ?? []).some((e) => e.category !== 'OBJECT_NOT_FOUND');
    if (!incomplete) return found;
    const seen = new Set(answer.results.map(idOf));
    open = open.filter((id) => !seen.has(id));
    if (send >= sendsOfARead) throw new PartialAnswerError('a batch read answered in part');
  }
  return found;
}
