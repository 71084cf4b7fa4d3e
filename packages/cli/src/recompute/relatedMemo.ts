import {
  memoPropertyNames,
  closedMarker,
  isOpenTask,
  isUntouched,
  readClosedReason,
  readStepKey,
  stepMarker,
  type CareConfig,
  type DealInput,
  type TaskInput,
} from '@care-model/core';
import { companyPropertyNames } from '@care-model/hubspot';
import { z } from 'zod';

/**
 * A company's closed-won deals and tasks as the run read them, stored on the company (decision 0020)
 * so an incremental run reads only the deals and tasks that changed since its cursor.
 */
export interface RelatedMemo {
  deals: readonly DealInput[];
  tasks: readonly TaskInput[];
}

/** The company properties a recompute reads: the card's, and the memo. */
export const recomputeProperties = (config: CareConfig): string[] => [
  ...companyPropertyNames(config),
  ...memoPropertyNames,
];

/** HubSpot keeps 65 536 characters of a text property; a longer memo is not written, its records are read. */
export const memoMaxChars = 60_000;
/** The memo of a company with too many deals or tasks to keep: the next run reads them. */
const tooMany = '*';

const byNumericId = (a: { id?: string }, b: { id?: string }) => Number(a.id) - Number(b.id);

const fit = (entries: readonly (readonly string[])[]) => {
  const text = JSON.stringify(entries);
  return text.length > memoMaxChars ? tooMany : text;
};

/** `[id, amount, closedate]` per closed-won deal (the amount in the portal's currency). */
export function dealsMemo(deals: readonly DealInput[]): string {
  return fit(
    [...deals]
      .sort(byNumericId)
      .map((deal) => [
        deal.id ?? '',
        deal.properties.amount ?? '',
        deal.properties.closedate ?? '',
      ]),
  );
}

/** The tasks the core can tell apart: open ones, and the app's own (by their step key) in any state. */
const matters = (task: TaskInput) =>
  isOpenTask(task) || readStepKey(task.properties.hs_task_body) !== null;

/** `[id, status]` per open task of a person; the app's add `key, closed reason, untouched ('1' or '')`. */
export function tasksMemo(tasks: readonly TaskInput[]): string {
  return fit(
    [...tasks]
      .filter(matters)
      .sort(byNumericId)
      .map((task) => {
        const { properties: p } = task;
        const status = p.hs_task_status ?? '';
        const key = readStepKey(p.hs_task_body);
        if (key === null) return [task.id, status];
        const reason = readClosedReason(p.hs_task_body) ?? '';
        return [task.id, status, key, reason, isUntouched(task) ? '1' : ''];
      }),
  );
}

const entriesSchema = <T extends z.ZodTypeAny>(entry: T) =>
  z.string().transform((text, ctx) => {
    try {
      return z.array(entry).parse(JSON.parse(text));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a memo' });
      return z.NEVER;
    }
  });

const dealsSchema = entriesSchema(z.tuple([z.string(), z.string(), z.string()]));
const tasksSchema = entriesSchema(
  z.union([
    z.tuple([z.string(), z.string()]),
    z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
  ]),
);

/** The memo keeps only whether a person touched an app task; equal stamps say "untouched" to the core. */
const untouchedStamps = {
  hs_createdate: '1970-01-01T00:00:00.000Z',
  hs_lastmodifieddate: '1970-01-01T00:00:00.000Z',
};

const filled = (properties: Record<string, string>) =>
  Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== ''));

/**
 * The deals and tasks a company's memo holds, as the core reads them; null when a memo is missing
 * (a company the CLI never recomputed), too long, or not the app's (the run reads the records).
 * A task's body is only its markers: tasks the run closes are read first (`closingBodies`).
 */
export function readMemo(properties: Readonly<Record<string, string>>): RelatedMemo | null {
  const deals = dealsSchema.safeParse(properties.care_deals_memo);
  const tasks = tasksSchema.safeParse(properties.care_tasks_memo);
  if (!deals.success || !tasks.success) return null;
  return {
    deals: deals.data.map(([id, amount, closedate]) => ({
      id,
      properties: filled({ amount, closedate }),
    })),
    tasks: tasks.data.map(([id, status, key, reason, untouched]) => {
      const markers = key ? [stepMarker(key), ...(reason ? [closedMarker(reason)] : [])] : [];
      return {
        id,
        properties: filled({
          hs_task_status: status,
          hs_task_body: markers.join('\n'),
          ...(untouched === '1' && untouchedStamps),
        }),
      };
    }),
  };
}

/** The memo fields of a company's deals and tasks as the run evaluated them. */
export function memoFields(memo: RelatedMemo): Record<string, string> {
  return { care_deals_memo: dealsMemo(memo.deals), care_tasks_memo: tasksMemo(memo.tasks) };
}
