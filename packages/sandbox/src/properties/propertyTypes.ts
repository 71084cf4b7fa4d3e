import { z } from 'zod';

export const propertyTypes = [
  'string',
  'number',
  'date',
  'datetime',
  'enumeration',
  'bool',
] as const;

/** The fieldTypes HubSpot accepts for each type on create (its properties guide's table). */
export const fieldTypesOf: Record<(typeof propertyTypes)[number], readonly string[]> = {
  bool: ['booleancheckbox', 'calculation_equation'],
  enumeration: ['booleancheckbox', 'checkbox', 'radio', 'select', 'calculation_equation'],
  date: ['date'],
  datetime: ['date'],
  string: ['file', 'text', 'textarea', 'calculation_equation', 'html', 'phonenumber'],
  number: ['number', 'calculation_equation'],
};

export const optionSchema = z.object({
  label: z.string(),
  value: z.string(),
  description: z.string().optional(),
  displayOrder: z.number().int().optional(),
  hidden: z.boolean().optional(),
});

/** A property as `POST /crm/v3/properties/{objectType}` takes it (the app's catalog uses this shape). */
export const propertyDefinitionSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower-case letters, digits and underscores'),
  label: z.string().min(1),
  type: z.enum(propertyTypes),
  fieldType: z.string().min(1),
  groupName: z.string().min(1),
  description: z.string().optional(),
  options: z.array(optionSchema).optional(),
  displayOrder: z.number().int().optional(),
  hasUniqueValue: z.boolean().optional(),
  hidden: z.boolean().optional(),
  formField: z.boolean().optional(),
  externalOptions: z.boolean().optional(),
  referencedObjectType: z.string().optional(),
  calculationFormula: z.string().optional(),
});
export type PropertyDefinition = z.infer<typeof propertyDefinitionSchema>;

export const propertyUpdateSchema = propertyDefinitionSchema.omit({ name: true }).partial();

export const propertyGroupSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/),
  label: z.string().min(1),
  displayOrder: z.number().int().optional(),
});
export const propertyGroupUpdateSchema = propertyGroupSchema.omit({ name: true }).partial();

export interface StoredOption {
  label: string;
  value: string;
  description: string;
  displayOrder: number;
  hidden: boolean;
}

/** A property as HubSpot answers it. */
export interface StoredProperty {
  name: string;
  label: string;
  type: (typeof propertyTypes)[number];
  fieldType: string;
  groupName: string;
  description: string;
  options: StoredOption[];
  displayOrder: number;
  hasUniqueValue: boolean;
  hidden: boolean;
  formField: boolean;
  calculated: boolean;
  externalOptions: boolean;
  hubspotDefined: boolean;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
  modificationMetadata: {
    archivable: boolean;
    readOnlyDefinition: boolean;
    readOnlyValue: boolean;
  };
}

export interface StoredGroup {
  name: string;
  label: string;
  displayOrder: number;
  archived: boolean;
}

export function toStoredProperty(
  definition: PropertyDefinition,
  at: string,
  flags: { hubspotDefined?: boolean; readOnlyValue?: boolean; calculated?: boolean } = {},
): StoredProperty {
  return {
    name: definition.name,
    label: definition.label,
    type: definition.type,
    fieldType: definition.fieldType,
    groupName: definition.groupName,
    description: definition.description ?? '',
    options: (definition.options ?? []).map((option, index) => ({
      label: option.label,
      value: option.value,
      description: option.description ?? '',
      displayOrder: option.displayOrder ?? index,
      hidden: option.hidden ?? false,
    })),
    displayOrder: definition.displayOrder ?? -1,
    hasUniqueValue: definition.hasUniqueValue ?? false,
    hidden: definition.hidden ?? false,
    formField: definition.formField ?? false,
    calculated: flags.calculated ?? false,
    externalOptions: definition.externalOptions ?? false,
    hubspotDefined: flags.hubspotDefined ?? false,
    archived: false,
    createdAt: at,
    updatedAt: at,
    modificationMetadata: {
      archivable: !flags.hubspotDefined,
      readOnlyDefinition: flags.hubspotDefined ?? false,
      readOnlyValue: flags.readOnlyValue ?? false,
    },
  };
}
