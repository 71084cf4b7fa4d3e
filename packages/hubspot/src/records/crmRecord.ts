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
