import { COMPANY, DEAL, NOTE, TASK } from '../objects/objectTypes';
import type { PropertyDefinition } from './propertyTypes';

export interface DefaultProperty {
  definition: PropertyDefinition;
  readOnlyValue?: boolean;
  calculated?: boolean;
}

const options = (values: readonly string[]) =>
  values.map((value, displayOrder) => ({ label: labelOf(value), value, displayOrder }));
const labelOf = (value: string) =>
  value.charAt(0) + value.slice(1).toLowerCase().replaceAll('_', ' ');

function p(
  name: string,
  type: PropertyDefinition['type'],
  fieldType: string,
  groupName: string,
  extra: Partial<PropertyDefinition> & { readOnlyValue?: boolean; calculated?: boolean } = {},
): DefaultProperty {
  const { readOnlyValue, calculated, ...rest } = extra;
  return {
    definition: { name, label: labelOf(name), type, fieldType, groupName, ...rest },
    readOnlyValue,
    calculated,
  };
}

/** A subset of HubSpot's ~150 industry options: the ones a Nordic B2B portfolio uses. */
export const industryOptions = [
  'ACCOUNTING',
  'AUTOMOTIVE',
  'BUILDING_MATERIALS',
  'CHEMICALS',
  'COMPUTER_SOFTWARE',
  'CONSTRUCTION',
  'ELECTRICAL_ELECTRONIC_MANUFACTURING',
  'ENVIRONMENTAL_SERVICES',
  'FINANCIAL_SERVICES',
  'FOOD_PRODUCTION',
  'HOSPITAL_HEALTH_CARE',
  'INDUSTRIAL_AUTOMATION',
  'INFORMATION_TECHNOLOGY_AND_SERVICES',
  'LOGISTICS_AND_SUPPLY_CHAIN',
  'MACHINERY',
  'MANAGEMENT_CONSULTING',
  'MARKETING_AND_ADVERTISING',
  'MECHANICAL_OR_INDUSTRIAL_ENGINEERING',
  'PAPER_FOREST_PRODUCTS',
  'REAL_ESTATE',
  'RENEWABLES_ENVIRONMENT',
  'RETAIL',
  'TELECOMMUNICATIONS',
  'TRANSPORTATION_TRUCKING_RAILROAD',
  'WHOLESALE',
] as const;

export const defaultPipelineStages = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'decisionmakerboughtin',
  'contractsent',
  'closedwon',
  'closedlost',
] as const;

const owner = (group: string) =>
  p('hubspot_owner_id', 'enumeration', 'select', group, { label: 'Owner', externalOptions: true });

const lifecycle = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
];

const record = (group: string, createdName: string): DefaultProperty[] => [
  p('hs_object_id', 'number', 'number', group, {
    label: 'Record ID',
    readOnlyValue: true,
    calculated: true,
  }),
  p(createdName, 'datetime', 'date', group, { label: 'Create date', readOnlyValue: true }),
  p('hs_lastmodifieddate', 'datetime', 'date', group, {
    label: 'Last modified date',
    readOnlyValue: true,
  }),
];

const company: DefaultProperty[] = [
  ...record('companyinformation', 'createdate'),
  p('name', 'string', 'text', 'companyinformation', { label: 'Company name' }),
  p('domain', 'string', 'text', 'companyinformation', { label: 'Company domain name' }),
  p('industry', 'enumeration', 'select', 'companyinformation', {
    options: options(industryOptions),
  }),
  p('annualrevenue', 'number', 'number', 'companyinformation', { label: 'Annual revenue' }),
  p('numberofemployees', 'number', 'number', 'companyinformation', {
    label: 'Number of employees',
  }),
  p('city', 'string', 'text', 'companyinformation'),
  p('country', 'string', 'text', 'companyinformation', { label: 'Country/Region' }),
  p('lifecyclestage', 'enumeration', 'radio', 'companyinformation', {
    options: options(lifecycle),
  }),
  owner('companyinformation'),
  p('notes_last_contacted', 'datetime', 'date', 'sales_properties', {
    label: 'Last contacted',
    readOnlyValue: true,
  }),
  p('hs_last_sales_activity_timestamp', 'datetime', 'date', 'sales_properties', {
    label: 'Last sales activity date',
    readOnlyValue: true,
  }),
];

const deal: DefaultProperty[] = [
  ...record('dealinformation', 'createdate'),
  p('dealname', 'string', 'text', 'dealinformation', { label: 'Deal name' }),
  p('amount', 'number', 'number', 'dealinformation'),
  p('deal_currency_code', 'enumeration', 'select', 'dealinformation', {
    label: 'Currency',
    externalOptions: true,
  }),
  p('amount_in_home_currency', 'number', 'number', 'dealinformation', {
    label: 'Amount in company currency',
    readOnlyValue: true,
    calculated: true,
  }),
  p('closedate', 'datetime', 'date', 'dealinformation', { label: 'Close date' }),
  p('dealstage', 'enumeration', 'radio', 'dealinformation', {
    label: 'Deal stage',
    externalOptions: true,
  }),
  p('pipeline', 'enumeration', 'select', 'dealinformation', { externalOptions: true }),
  p('hs_is_closed_won', 'bool', 'booleancheckbox', 'dealinformation', {
    label: 'Is closed won',
    readOnlyValue: true,
    calculated: true,
  }),
  p('hs_is_closed', 'bool', 'booleancheckbox', 'dealinformation', {
    label: 'Is closed',
    readOnlyValue: true,
    calculated: true,
  }),
  p('closed_lost_reason', 'string', 'textarea', 'dealinformation', { label: 'Closed lost reason' }),
  owner('dealinformation'),
];

const task: DefaultProperty[] = [
  ...record('task', 'hs_createdate'),
  p('hs_timestamp', 'datetime', 'date', 'task', { label: 'Due date' }),
  p('hs_task_subject', 'string', 'text', 'task', { label: 'Task title' }),
  p('hs_task_body', 'string', 'textarea', 'task', { label: 'Notes' }),
  p('hs_task_status', 'enumeration', 'select', 'task', {
    label: 'Task status',
    options: options(['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED']),
  }),
  p('hs_task_priority', 'enumeration', 'select', 'task', {
    label: 'Priority',
    options: options(['NONE', 'LOW', 'MEDIUM', 'HIGH']),
  }),
  p('hs_task_type', 'enumeration', 'select', 'task', {
    label: 'Task type',
    // The values HubSpot's tasks API documents; a real portal may list more (docs/sandbox.md).
    options: options(['TODO', 'CALL', 'EMAIL']),
  }),
  p('hs_task_completion_date', 'datetime', 'date', 'task', {
    label: 'Completed at',
    readOnlyValue: true,
    calculated: true,
  }),
  owner('task'),
];

const note: DefaultProperty[] = [
  ...record('note', 'hs_createdate'),
  p('hs_timestamp', 'datetime', 'date', 'note', { label: 'Activity date' }),
  p('hs_note_body', 'string', 'html', 'note', { label: 'Note body' }),
  owner('note'),
];

/** Properties every custom object gets from HubSpot. */
export const customObjectDefaults = (group: string): DefaultProperty[] => [
  ...record(group, 'hs_createdate'),
];

export const defaultProperties: Record<string, DefaultProperty[]> = {
  [COMPANY]: company,
  [DEAL]: deal,
  [TASK]: task,
  [NOTE]: note,
};

export const defaultGroups: Record<string, { name: string; label: string }[]> = {
  [COMPANY]: [
    { name: 'companyinformation', label: 'Company information' },
    { name: 'sales_properties', label: 'Sales properties' },
  ],
  [DEAL]: [{ name: 'dealinformation', label: 'Deal information' }],
  [TASK]: [{ name: 'task', label: 'Task information' }],
  [NOTE]: [{ name: 'note', label: 'Note information' }],
};

/** Properties a read answers with when the caller names none (HubSpot's defaults). */
export const defaultReadProperties: Record<string, string[]> = {
  [COMPANY]: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
  [DEAL]: [
    'amount',
    'closedate',
    'createdate',
    'dealname',
    'dealstage',
    'hs_lastmodifieddate',
    'hs_object_id',
    'pipeline',
  ],
  [TASK]: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  [NOTE]: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
};
