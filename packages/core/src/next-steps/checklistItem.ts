import { z } from 'zod';
import {
  ruleIdSchema,
  taskPrioritySchema,
  taskTypeSchema,
  viewTextSchema,
} from '../config/vocabulary';

export const checklistStateSchema = z.enum(['suggested', 'open', 'done']);
export type ChecklistState = z.infer<typeof checklistStateSchema>;

/** One next step of one company. `key` is stable per (company, rule, period): the same step is never created twice. */
export const checklistItemSchema = z
  .object({
    rule: ruleIdSchema,
    key: z.string(),
    title: viewTextSchema,
    dueDate: z.string(),
    taskType: taskTypeSchema,
    priority: taskPrioritySchema,
    ownerId: z.string().nullable(),
    state: checklistStateSchema,
    taskId: z.string().nullable(),
  })
  .readonly();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
