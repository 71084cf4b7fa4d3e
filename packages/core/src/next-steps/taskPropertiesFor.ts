import { instantOn } from '../care-plan/calendar';
import type { ChecklistItem } from './checklistItem';
import type { EvaluationContext } from '../company/companyInput';
import type { CareConfig } from '../config/configSchema';
import type { LocalizedText } from '../config/vocabulary';
import { stepMarker } from './stepMarker';

/** HubSpot task properties, as the tasks API takes them. */
export type TaskProperties = Readonly<Record<string, string>>;

/** Tasks are due at this hour of the portal's day. */
const dueHour = 9;

const bodyLine: LocalizedText = {
  en: 'Next step from the care model. Completing this task marks the step done.',
  fi: 'Hoitomallin seuraava askel. Tehtävän merkitseminen valmiiksi kuittaa askeleen tehdyksi.',
};

/**
 * The HubSpot task for a checklist item: subject in the portal's language, the marker in the body, due at 09:00 portal time.
 * @example dueDate '2026-03-29' in Europe/Helsinki → hs_timestamp '2026-03-29T06:00:00.000Z'
 */
export function taskPropertiesFor(
  item: ChecklistItem,
  config: CareConfig,
  ctx: EvaluationContext,
): TaskProperties {
  return {
    hs_task_subject: item.title[config.locale],
    hs_task_body: `${bodyLine[config.locale]}\n${stepMarker(item.key)}`,
    hs_timestamp: instantOn(item.dueDate, dueHour, ctx.timeZone),
    hs_task_status: 'NOT_STARTED',
    hs_task_priority: item.priority,
    hs_task_type: item.taskType,
    ...(item.ownerId !== null ? { hubspot_owner_id: item.ownerId } : {}),
  };
}
