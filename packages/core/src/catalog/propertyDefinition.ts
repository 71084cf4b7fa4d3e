import { z } from 'zod';
import { propertyNameSchema } from '../config/vocabulary';

/** One option of an enumeration property, as HubSpot takes it. */
export const propertyOptionSchema = z.object({
  label: z.string().min(1),
  value: z.string().min(1),
  displayOrder: z.number().int(),
  hidden: z.boolean(),
});
export type PropertyOption = z.infer<typeof propertyOptionSchema>;

/** The HubSpot type / field type pairs the catalog uses. */
export const propertyKindSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('enumeration'), fieldType: z.enum(['select', 'checkbox']) }),
  z.object({ type: z.literal('bool'), fieldType: z.literal('booleancheckbox') }),
  z.object({ type: z.literal('string'), fieldType: z.enum(['text', 'textarea']) }),
  z.object({ type: z.literal('number'), fieldType: z.literal('number') }),
  z.object({ type: z.literal('date'), fieldType: z.literal('date') }),
  z.object({ type: z.literal('datetime'), fieldType: z.literal('date') }),
]);
export type PropertyKind = z.infer<typeof propertyKindSchema>;

/** A company property definition, the body of HubSpot's `POST /crm/v3/properties/companies`. */
export const propertyDefinitionSchema = z.intersection(
  propertyKindSchema,
  z.object({
    name: propertyNameSchema,
    label: z.string().min(1),
    groupName: z.literal('care_model'),
    description: z.string(),
    displayOrder: z.number().int(),
    formField: z.boolean(),
    options: z.array(propertyOptionSchema),
  }),
);
export type PropertyDefinition = z.infer<typeof propertyDefinitionSchema>;

/** The property group of the catalog, the body of `POST /crm/v3/properties/companies/groups`. */
export const propertyGroupSchema = z.object({
  name: z.literal('care_model'),
  label: z.string().min(1),
  displayOrder: z.number().int(),
});
export type PropertyGroup = z.infer<typeof propertyGroupSchema>;
