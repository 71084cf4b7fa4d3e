import type { CareConfig } from '../config/configSchema';
import {
  dueStatuses,
  relationshipStatuses,
  segments,
  valueClasses,
  type LocalizedText,
} from '../config/vocabulary';
import {
  booleanOptionLabels,
  catalogTexts,
  contactStatusOptionLabels,
  factorPropertyTexts,
  relationshipStatusOptionLabels,
  valueClassOptionLabels,
} from './catalogTexts';
import type { PropertyDefinition, PropertyKind, PropertyOption } from './propertyDefinition';
import { carePropertyName } from './propertyNames';

type Draft = PropertyKind & {
  name: string;
  label: LocalizedText;
  description: LocalizedText;
  options?: readonly { value: string; label: LocalizedText }[];
};

const select = { type: 'enumeration', fieldType: 'select' } as const;
const text = { type: 'string', fieldType: 'text' } as const;
const number = { type: 'number', fieldType: 'number' } as const;
const date = { type: 'date', fieldType: 'date' } as const;

const fixed = <K extends PropertyKind>(name: keyof typeof catalogTexts, kind: K) => ({
  ...kind,
  name,
  ...catalogTexts[name],
});

/**
 * Every company property the app owns (spec section 5, plus who set the override, check-in date,
 * services in use and one score property per configured factor), labelled in the portal's language.
 * @example propertyCatalog(defaultConfig).find((p) => p.name === 'care_segment')?.options.length === 4
 */
export function propertyCatalog(config: CareConfig): PropertyDefinition[] {
  const segmentOptions = segments.map((s) => ({ value: s, label: config.labels.segments[s] }));
  const options = <K extends string>(values: readonly K[], labels: Record<K, LocalizedText>) =>
    values.map((value) => ({ value, label: labels[value] }));
  const drafts: Draft[] = [
    { ...fixed('care_segment', select), options: segmentOptions },
    { ...fixed('care_segment_computed', select), options: segmentOptions },
    fixed('care_segment_reason', text),
    fixed('care_value_amount', number),
    {
      ...fixed('care_value_class', select),
      options: options(valueClasses, valueClassOptionLabels),
    },
    ...config.potential.factors.map((factor) => ({
      ...number,
      name: carePropertyName(factor.id),
      label: factorPropertyTexts.label(factor.label),
      description: factorPropertyTexts.description,
    })),
    fixed('care_potential_score', number),
    fixed('care_potential_rationale', { type: 'string', fieldType: 'textarea' }),
    fixed('care_potential_assessed_at', date),
    { ...fixed('care_override_segment', select), options: segmentOptions },
    fixed('care_override_reason', text),
    fixed('care_override_until', date),
    fixed('care_override_set_by', text),
    fixed('care_classified_at', { type: 'datetime', fieldType: 'date' }),
    fixed('care_segment_changed_at', date),
    fixed('care_next_contact_due', date),
    {
      ...fixed('care_contact_status', select),
      options: options(dueStatuses, contactStatusOptionLabels),
    },
    fixed('care_last_review_at', date),
    fixed('care_next_review_due', date),
    fixed('care_plan_updated_at', date),
    {
      ...fixed('care_relationship_status', select),
      options: options(relationshipStatuses, relationshipStatusOptionLabels),
    },
    fixed('care_open_next_steps', number),
    {
      ...fixed('care_has_next_step', { type: 'bool', fieldType: 'booleancheckbox' }),
      options: options(['true', 'false'] as const, booleanOptionLabels),
    },
    fixed('care_checklist_progress', number),
    fixed('care_plan_compliance', number),
    fixed('care_data_completeness', number),
    fixed('care_last_check_in_at', date),
    fixed('care_recheck_at', { type: 'datetime', fieldType: 'date' }),
    fixed('care_deals_memo', { type: 'string', fieldType: 'textarea' }),
    fixed('care_tasks_memo', { type: 'string', fieldType: 'textarea' }),
  ];
  if (config.services.length > 0) {
    drafts.push({
      ...fixed('care_services_in_use', { type: 'enumeration', fieldType: 'checkbox' }),
      options: config.services.map((s) => ({ value: s.id, label: s.label })),
    });
  }
  return drafts.map((draft, i) => definition(draft, i, config));
}

function definition(draft: Draft, displayOrder: number, config: CareConfig): PropertyDefinition {
  const { label, description, options = [], ...kind } = draft;
  const hubspotOptions: PropertyOption[] = options.map((o, order) => ({
    label: o.label[config.locale],
    value: o.value,
    displayOrder: order,
    hidden: false,
  }));
  return {
    ...kind,
    label: label[config.locale],
    description: description[config.locale],
    groupName: 'care_model',
    displayOrder,
    formField: false,
    options: hubspotOptions,
  };
}
