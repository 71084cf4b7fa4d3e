/** The app's own records in the portal (decisions 0006, 0007, 0008), addressed as `p_<name>`. */
export const settingsObject = 'p_care_model_settings';
export const claimObject = 'p_care_next_step';

/** `care_model_settings`: one record per saved config version; also the portfolio snapshot (0008). */
export const settingsSchema = {
  name: 'care_model_settings',
  labels: { singular: 'Care model settings', plural: 'Care model settings' },
  description: 'Versions of the care model configuration, written by the Care Model app.',
  primaryDisplayProperty: 'care_settings_name',
  requiredProperties: ['care_settings_name', 'care_config_version'],
  searchableProperties: ['care_settings_name'],
  secondaryDisplayProperties: ['care_saved_at'],
  associatedObjects: [],
  properties: [
    { name: 'care_settings_name', label: 'Name', type: 'string', fieldType: 'text' },
    // A string: HubSpot documents unique values for text properties; the number is written as text.
    {
      name: 'care_config_version',
      label: 'Config version',
      type: 'string',
      fieldType: 'text',
      hasUniqueValue: true,
    },
    { name: 'care_config_json', label: 'Config (JSON)', type: 'string', fieldType: 'textarea' },
    { name: 'care_time_zone', label: 'Portal time zone', type: 'string', fieldType: 'text' },
    // On the version-0 record: the portal's hs_task_type options the app can use, as install read them.
    { name: 'care_task_types', label: 'Portal task types', type: 'string', fieldType: 'text' },
    { name: 'care_saved_by', label: 'Saved by', type: 'string', fieldType: 'text' },
    { name: 'care_saved_at', label: 'Saved at', type: 'datetime', fieldType: 'date' },
    {
      name: 'care_portfolio_snapshot',
      label: 'Portfolio snapshot (JSON)',
      type: 'string',
      fieldType: 'textarea',
    },
    { name: 'care_snapshot_at', label: 'Snapshot taken at', type: 'datetime', fieldType: 'date' },
    // The in-app portfolio recompute's progress between its steps (decision 0018).
    {
      name: 'care_recompute_run',
      label: 'Portfolio recompute (JSON)',
      type: 'string',
      fieldType: 'textarea',
    },
  ],
} as const;

/** `care_next_step`: the claim ledger; a unique key per (company, rule, period) (0007). */
export const claimSchema = {
  name: 'care_next_step',
  labels: { singular: 'Care next step', plural: 'Care next steps' },
  description: 'Next steps the Care Model app turned into tasks; the key is never claimed twice.',
  primaryDisplayProperty: 'care_step_key',
  requiredProperties: ['care_step_key'],
  searchableProperties: ['care_step_key', 'care_company_id'],
  secondaryDisplayProperties: ['care_company_id'],
  associatedObjects: [],
  properties: [
    {
      name: 'care_step_key',
      label: 'Step key',
      type: 'string',
      fieldType: 'text',
      hasUniqueValue: true,
    },
    { name: 'care_company_id', label: 'Company id', type: 'string', fieldType: 'text' },
    // Who claimed (a recompute run recognises its own after an unanswered create, decision 0017).
    { name: 'care_claimed_by', label: 'Claimed by', type: 'string', fieldType: 'text' },
    // A lease's end (the CLI recompute's, decision 0017); empty on a next step's claim.
    { name: 'care_lease_until', label: 'Lease until', type: 'string', fieldType: 'text' },
  ],
} as const;

export type CustomObjectSchema = typeof settingsSchema | typeof claimSchema;
export const customObjectSchemas: readonly CustomObjectSchema[] = [settingsSchema, claimSchema];
