import { z } from 'zod';
import { CliFailure } from '../cli/cliFailure';

export const streams = ['companies', 'deals', 'tasks'] as const;
export type Stream = (typeof streams)[number];

/** A record as checkpointed: only non-empty properties, and the companies a deal or task belongs to. */
export const storedRecordSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string()),
  companyIds: z.array(z.string()).optional(),
});
export type StoredRecord = z.infer<typeof storedRecordSchema>;

const stepTaskSchema = z.object({ key: z.string(), companyId: z.string(), taskId: z.string() });
export type StepTask = z.infer<typeof stepTaskSchema>;

/** One line of `checkpoint.jsonl`. */
export const checkpointEntrySchema = z.discriminatedUnion('kind', [
  /** A page read; `after` is the cursor of the next page, null after the last. */
  z.object({
    kind: z.literal('page'),
    stream: z.enum(streams),
    after: z.string().nullable(),
    /** Records on the page, before dropping those the run does not need. */
    read: z.number().int(),
    records: z.array(storedRecordSchema),
  }),
  /** About to claim these keys (decision 0007): a resume owns them. */
  z.object({ kind: z.literal('claiming'), batch: z.number().int(), keys: z.array(z.string()) }),
  /** The tasks of a claim batch exist. */
  z.object({ kind: z.literal('tasks'), batch: z.number().int(), tasks: z.array(stepTaskSchema) }),
  /** The app's obsolete untouched tasks were closed (decision 0013): a resume does not close them twice. */
  z.object({ kind: z.literal('closed'), taskIds: z.array(z.string()) }),
  /** A batch update of company fields was answered. */
  z.object({ kind: z.literal('written'), batch: z.number().int() }),
]);
export type CheckpointEntry = z.infer<typeof checkpointEntrySchema>;

/** Parses the checkpoint's entries; an entry of another shape means another program wrote the file. */
export function parseEntries(raw: readonly unknown[]): CheckpointEntry[] {
  return raw.map((entry, index) => {
    const parsed = checkpointEntrySchema.safeParse(entry);
    if (!parsed.success)
      throw new CliFailure(
        `Line ${index + 1} of the checkpoint is not a recompute's: start a new run without --resume.`,
      );
    return parsed.data;
  });
}
