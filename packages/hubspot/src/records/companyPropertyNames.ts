import {
  carePropertyName,
  catalogPropertyNames,
  extraPropertyNames,
  type CareConfig,
} from '@care-model/core';

/** HubSpot's own company properties the care model reads. */
const hubspotInputs = [
  'name',
  'hubspot_owner_id',
  'industry',
  'annualrevenue',
  'createdate',
  'notes_last_contacted',
  'hs_last_sales_activity_timestamp',
  // Scope (specification 2.0): a configured lifecycle stage.
  'lifecyclestage',
];

/** Every company property the core reads under this config: inputs, the app's fields, factor sources. */
export function companyPropertyNames(config: CareConfig): string[] {
  const { factors } = config.potential;
  const source = config.value.source;
  return [
    ...new Set([
      ...hubspotInputs,
      ...catalogPropertyNames,
      ...extraPropertyNames,
      ...factors.map((factor) => carePropertyName(factor.id)),
      ...factors.flatMap((f) => (f.source.mode === 'computed' ? [f.source.property] : [])),
      ...(source.mode === 'property' ? [source.property] : []),
    ]),
  ];
}
