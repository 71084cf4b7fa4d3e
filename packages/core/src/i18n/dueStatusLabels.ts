import type { DueStatus, LocalizedText } from '../config/vocabulary';

/** The name of a due status, on the card's tags and in the contact status property's options. */
export const dueStatusLabels: Record<DueStatus, LocalizedText> = {
  on_track: { en: 'On track', fi: 'Ajallaan' },
  due_soon: { en: 'Due soon', fi: 'Erääntymässä' },
  overdue: { en: 'Overdue', fi: 'Myöhässä' },
  none: { en: 'Never done', fi: 'Ei koskaan tehty' },
};
