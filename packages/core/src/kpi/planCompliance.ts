import type { CareDates } from '../care-plan/careView';
import type { Classification } from '../classification/classification';
import type { CarePlan } from '../config/configSchema';
import type { DueStatus } from '../config/vocabulary';
import { percentOf } from './hubspotValues';

const kept = (status: DueStatus | null) => status === 'on_track' || status === 'due_soon';

/**
 * Share (0–100) of the care plan's obligations currently met: contact, review, plan, check-in, potential.
 * @example key company, contact overdue, everything else kept → 80
 */
export function planCompliance(
  classification: Classification,
  carePlan: CarePlan,
  dates: CareDates,
): number {
  if (classification.segment === 'unidentified') return 0;
  const obligations = [
    carePlan.contactCadenceDays !== null ? kept(dates.contactStatus) : null,
    carePlan.reviewCycleMonths !== null ? kept(dates.reviewStatus) : null,
    carePlan.planRequired ? dates.planStatus === 'current' : null,
    carePlan.checkInCycleMonths !== null ? kept(dates.checkInStatus) : null,
    // S4: the potential is assessed (every required factor) and not due for re-assessment.
    classification.potential.missingFactors.length === 0 && dates.reassessStatus !== 'overdue',
  ].filter((met) => met !== null);
  return percentOf(obligations.filter(Boolean).length, obligations.length, 100);
}
