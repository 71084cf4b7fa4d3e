/** The internal names of the specification's property catalog (section 5): a contract with portals' reports. */
export const catalogPropertyNames = [
  'care_segment',
  'care_segment_computed',
  'care_segment_reason',
  'care_value_amount',
  'care_value_class',
  'care_potential_upsell',
  'care_potential_development',
  'care_potential_internal',
  'care_potential_score',
  'care_potential_rationale',
  'care_potential_assessed_at',
  'care_override_segment',
  'care_override_reason',
  'care_override_until',
  'care_classified_at',
  'care_segment_changed_at',
  'care_next_contact_due',
  'care_contact_status',
  'care_last_review_at',
  'care_next_review_due',
  'care_plan_updated_at',
  'care_relationship_status',
  'care_open_next_steps',
  'care_has_next_step',
  'care_checklist_progress',
  'care_plan_compliance',
  'care_data_completeness',
] as const;
export type CatalogPropertyName = (typeof catalogPropertyNames)[number];

/** Properties the app adds beside the specification's catalog. */
export const extraPropertyNames = [
  'care_last_check_in_at',
  'care_services_in_use',
  'care_override_set_by',
  'care_recheck_at',
] as const;

/**
 * What the CLI's recompute read of each company's closed-won deals and tasks, so an incremental run
 * reads only the deals and tasks that changed (decision 0020). Not read by the card or the home page.
 */
export const memoPropertyNames = ['care_deals_memo', 'care_tasks_memo'] as const;

/**
 * The property holding a potential factor's score.
 * @example carePropertyName('upsell') === 'care_potential_upsell'
 */
export function carePropertyName(factorId: string): string {
  return `care_potential_${factorId}`;
}

/** The longest potential rationale the app accepts. */
export const rationaleMaxLength = 5000;
