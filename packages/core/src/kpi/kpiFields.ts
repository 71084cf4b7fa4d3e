import { todayIn } from '../care-plan/calendar';
import type { CareDates } from '../care-plan/careView';
import type { Classification } from '../classification/classification';
import type { CompanyInput, EvaluationContext } from '../company/companyInput';
import { prop, readText } from '../company/read';
import type { CareConfig } from '../config/configSchema';
import type { ChecklistItem } from '../next-steps/checklistItem';
import { inputChecks } from '../next-steps/inputChecks';
import { documentsNextStep, isOpenTask, readStepKey } from '../next-steps/stepMarker';
import { changedProperties } from './changedProperties';
import { hubspotBool, hubspotDateTime, hubspotNumber, percentOf } from './hubspotValues';
import { planCompliance } from './planCompliance';
import type { KpiFields } from './kpiFieldsSchema';

/**
 * The derived KPI fields of one company (specification, section 5); person-owned fields (factor scores, rationale, assessment date, override) are never written.
 * @example a recompute whose inputs did not change keeps `care_classified_at`, so nothing is written
 */
export function kpiFields(
  input: CompanyInput,
  classification: Classification,
  dates: CareDates,
  checklist: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
): KpiFields {
  const { properties } = input;
  const openTasks = input.tasks.filter(isOpenTask);
  const done = checklist.filter((item) => item.state === 'done').length;
  const checks = inputChecks(input, classification);
  const derived: Record<string, string> = {
    care_segment: classification.segment,
    care_segment_computed: classification.computedSegment,
    care_segment_reason: classification.explanation[config.locale],
    care_value_amount: hubspotNumber(classification.value.amount),
    care_value_class: classification.value.valueClass ?? '',
    care_potential_score: hubspotNumber(classification.potential.score),
    care_next_contact_due: dates.nextContactDue ?? '',
    care_contact_status: dates.contactStatus ?? '',
    care_next_review_due: dates.nextReviewDue ?? '',
    care_open_next_steps: hubspotNumber(
      openTasks.filter((task) => readStepKey(task.properties.hs_task_body) !== null).length,
    ),
    care_has_next_step: hubspotBool(input.tasks.some(documentsNextStep)),
    care_checklist_progress: hubspotNumber(percentOf(done, checklist.length, 100)),
    care_plan_compliance: hubspotNumber(
      planCompliance(classification, config.carePlans[classification.segment], dates),
    ),
    care_data_completeness: hubspotNumber(
      percentOf(checks.filter((check) => check.present).length, checks.length, 100),
    ),
  };
  const storedSegment = prop(properties, 'care_segment', readText);
  derived.care_segment_changed_at =
    storedSegment === classification.segment
      ? (prop(properties, 'care_segment_changed_at', readText) ?? '')
      : todayIn(ctx.now, ctx.timeZone);
  const storedClassifiedAt = prop(properties, 'care_classified_at', readText);
  // Idempotency: an unchanged recompute keeps the stored timestamp, so it writes nothing.
  const changed = Object.keys(changedProperties(properties, derived)).length > 0;
  return {
    ...derived,
    care_classified_at:
      changed || storedClassifiedAt === null ? hubspotDateTime(ctx.now) : storedClassifiedAt,
  };
}
