import { currencySettingsSchema } from '../currency/currencies';
import { z } from 'zod';
import { propertyTypes } from '../properties/propertyTypes';
import { Store } from './store';

const infoSchema = z.object({
  objectTypeId: z.string(),
  name: z.string(),
  singular: z.string(),
  fullyQualifiedName: z.string(),
  custom: z.boolean(),
});
const recordSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean(),
  archivedAt: z.string().optional(),
});
const optionSchema = z.object({
  label: z.string(),
  value: z.string(),
  description: z.string(),
  displayOrder: z.number(),
  hidden: z.boolean(),
});
const propertySchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.enum(propertyTypes),
  fieldType: z.string(),
  groupName: z.string(),
  description: z.string(),
  options: z.array(optionSchema),
  displayOrder: z.number(),
  hasUniqueValue: z.boolean(),
  hidden: z.boolean(),
  formField: z.boolean(),
  calculated: z.boolean(),
  externalOptions: z.boolean(),
  hubspotDefined: z.boolean(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  modificationMetadata: z.object({
    archivable: z.boolean(),
    readOnlyDefinition: z.boolean(),
    readOnlyValue: z.boolean(),
  }),
});
const groupSchema = z.object({
  name: z.string(),
  label: z.string(),
  displayOrder: z.number(),
  archived: z.boolean(),
});
const ownerSchema = z.object({
  id: z.string(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  userId: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean(),
});
const customSchemaSchema = z.object({
  info: infoSchema,
  labels: z.object({ singular: z.string(), plural: z.string() }),
  requiredProperties: z.array(z.string()),
  searchableProperties: z.array(z.string()),
  secondaryDisplayProperties: z.array(z.string()),
  primaryDisplayProperty: z.string().optional(),
  description: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const associationTypeSchema = z.object({
  typeId: z.number(),
  fromType: z.string(),
  toType: z.string(),
  inverseTypeId: z.number(),
  category: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED']),
  name: z.string(),
  label: z.string().optional(),
});

export const stateFileSchema = z.object({
  version: z.literal(1),
  portalId: z.number(),
  nextObjectId: z.number(),
  nextSchemaNumber: z.number(),
  currencies: currencySettingsSchema.optional(),
  types: z.array(
    z.object({
      info: infoSchema,
      records: z.array(recordSchema),
      properties: z.array(propertySchema),
      groups: z.array(groupSchema),
    }),
  ),
  owners: z.array(ownerSchema),
  schemas: z.array(customSchemaSchema),
  associationTypes: z.array(associationTypeSchema),
  associations: z.array(
    z.tuple([z.string(), z.string(), z.string(), z.string(), z.array(z.number())]),
  ),
});
export type StateFile = z.infer<typeof stateFileSchema>;

export function serializeStore(store: Store): StateFile {
  return {
    version: 1,
    portalId: store.portalId,
    nextObjectId: store.nextObjectId,
    nextSchemaNumber: store.nextSchemaNumber,
    currencies: store.currencies,
    types: [...store.types.values()].map((state) => ({
      info: state.info,
      records: state.order.flatMap((id) => state.records.get(id) ?? []),
      properties: [...state.properties.values()],
      groups: [...state.groups.values()],
    })),
    owners: [...store.owners.values()],
    schemas: [...store.schemas.values()],
    associationTypes: store.associationTypes.list(),
    associations: [...store.associations.all()],
  };
}

export function deserializeStore(file: StateFile, at: string): Store {
  const store = new Store(file.portalId, at);
  store.nextObjectId = file.nextObjectId;
  store.nextSchemaNumber = file.nextSchemaNumber;
  if (file.currencies) store.currencies = file.currencies;
  for (const schema of file.schemas) store.schemas.set(schema.info.objectTypeId, schema);
  for (const saved of file.types) {
    const state = store.types.get(saved.info.objectTypeId) ?? store.addType(saved.info);
    state.properties.clear();
    for (const property of saved.properties) state.properties.set(property.name, property);
    state.groups.clear();
    for (const group of saved.groups) state.groups.set(group.name, group);
    for (const record of saved.records) {
      state.records.set(record.id, record);
      state.order.push(record.id);
    }
  }
  for (const owner of file.owners) store.owners.set(owner.id, owner);
  for (const type of file.associationTypes) store.associationTypes.register(type);
  for (const [fromType, fromId, toType, toId, typeIds] of file.associations) {
    for (const typeId of typeIds) store.associations.add(fromType, fromId, toType, toId, typeId);
  }
  return store;
}
