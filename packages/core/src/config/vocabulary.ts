import { z } from 'zod';

/** The matrix outcomes plus `unidentified` (S4: classes A key / B develop / C retain). */
export const segments = ['key', 'develop', 'retain', 'unidentified'] as const;
export const segmentSchema = z.enum(segments);
export type Segment = z.infer<typeof segmentSchema>;

/** Segments a matrix cell can hold; `unidentified` comes only from missing inputs. */
export const matrixSegments = ['key', 'develop', 'retain'] as const;
export const matrixSegmentSchema = z.enum(matrixSegments);
export type MatrixSegment = z.infer<typeof matrixSegmentSchema>;

/** Value classes travel as strings, as HubSpot enumeration option values do. */
export const valueClasses = ['1', '2', '3'] as const;
export const valueClassSchema = z.enum(valueClasses);
export type ValueClass = z.infer<typeof valueClassSchema>;

export const potentialBands = ['low', 'medium', 'high'] as const;
export const potentialBandSchema = z.enum(potentialBands);
export type PotentialBand = z.infer<typeof potentialBandSchema>;

/** The `hs_task_type` values HubSpot's tasks API documents (a portal may offer fewer; decision 0016). */
export const taskTypes = ['TODO', 'CALL', 'EMAIL'] as const;
export const taskTypeSchema = z.enum(taskTypes);
export type TaskType = z.infer<typeof taskTypeSchema>;

export const taskPriorities = ['LOW', 'MEDIUM', 'HIGH'] as const;
export const taskPrioritySchema = z.enum(taskPriorities);
export type TaskPriority = z.infer<typeof taskPrioritySchema>;

/** The ten next-step rules of the specification, in checklist order. */
export const ruleIds = [
  'classify',
  'assign-owner',
  'contact-due',
  'review-due',
  'plan-missing',
  'reassess',
  'check-in-due',
  'no-next-step',
  'at-risk',
  'data-gaps',
] as const;
export const ruleIdSchema = z.enum(ruleIds);
export type RuleId = z.infer<typeof ruleIdSchema>;

export const relationshipStatuses = [
  'satisfied_engaged',
  'satisfied_neutral',
  'dissatisfied_at_risk',
] as const;
export const relationshipStatusSchema = z.enum(relationshipStatuses);
export type RelationshipStatus = z.infer<typeof relationshipStatusSchema>;

/** Status of a recurring obligation (contact, review, check-in); `none` = it never happened. */
export const dueStatuses = ['on_track', 'due_soon', 'overdue', 'none'] as const;
export const dueStatusSchema = z.enum(dueStatuses);
export type DueStatus = z.infer<typeof dueStatusSchema>;

export const locales = ['en', 'fi'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

/** A text an admin writes in both languages. */
export const localizedTextSchema = z.object({
  en: z.string().trim().min(1, 'Write the English text.').max(500, 'Keep it under 500 characters.'),
  fi: z.string().trim().min(1, 'Write the Finnish text.').max(500, 'Keep it under 500 characters.'),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** A LocalizedText as the core writes it into a view: any length, no admin limits. */
export const viewTextSchema = z.object({ en: z.string(), fi: z.string() });

/** A HubSpot internal property name. */
export const propertyNameSchema = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]{0,99}$/,
    'Use a HubSpot internal property name: lowercase letters, digits and underscores, starting with a letter.',
  );
