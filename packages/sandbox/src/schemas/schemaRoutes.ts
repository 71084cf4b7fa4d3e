import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { defaultAssociationType } from '../associations/associate';
import type { SandboxContext } from '../http/context';
import { hubspotError, validationError } from '../http/errors';
import { param, parseInput, readParams } from '../http/parse';
import { createProperty } from '../properties/propertyRoutes';
import { propertyDefinitionSchema } from '../properties/propertyTypes';
import type { CustomSchema, Store } from '../state/store';

const schemaEggSchema = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
  labels: z.object({ singular: z.string().min(1), plural: z.string().min(1) }),
  description: z.string().optional(),
  requiredProperties: z.array(z.string()).default([]),
  searchableProperties: z.array(z.string()).default([]),
  secondaryDisplayProperties: z.array(z.string()).default([]),
  primaryDisplayProperty: z.string().optional(),
  properties: z.array(propertyDefinitionSchema.partial({ groupName: true })).min(1),
  associatedObjects: z.array(z.string()).default([]),
});

const standardNames: Record<string, string> = {
  COMPANY: '0-2',
  DEAL: '0-3',
  TASK: '0-27',
  NOTE: '0-46',
};

/** Creates a custom object type as `POST /crm/v3/schemas` does: `2-…` id, `p{portalId}_{name}`. */
export function createSchema(store: Store, rawEgg: unknown, at: string): CustomSchema {
  const egg = parseInput(schemaEggSchema, rawEgg);
  if ([...store.schemas.values()].some((schema) => schema.info.name === egg.name.toLowerCase())) {
    throw hubspotError(
      409,
      'OBJECT_ALREADY_EXISTS',
      `Object type with name ${egg.name} already exists`,
    );
  }
  const names = egg.properties.map((property) => property.name);
  const unknown = [
    ...egg.requiredProperties,
    ...(egg.primaryDisplayProperty ? [egg.primaryDisplayProperty] : []),
  ].find((name) => !names.includes(name));
  if (unknown)
    throw validationError(`Property ${unknown} is required or displayed but is not defined`);
  const objectTypeId = `2-${store.portalId % 1000}${String(store.nextSchemaNumber).padStart(4, '0')}`;
  store.nextSchemaNumber += 1;
  const name = egg.name.toLowerCase();
  const schema: CustomSchema = {
    info: {
      objectTypeId,
      name,
      singular: name,
      fullyQualifiedName: `p${store.portalId}_${name}`,
      custom: true,
    },
    labels: egg.labels,
    requiredProperties: egg.requiredProperties,
    searchableProperties: egg.searchableProperties,
    secondaryDisplayProperties: egg.secondaryDisplayProperties,
    primaryDisplayProperty: egg.primaryDisplayProperty,
    description: egg.description,
    createdAt: at,
    updatedAt: at,
  };
  const state = store.addCustomType(schema, at);
  const group = `${name}_information`;
  for (const property of egg.properties)
    createProperty(state, { ...property, groupName: property.groupName ?? group }, at);
  for (const target of egg.associatedObjects) {
    const toType = standardNames[target.toUpperCase()] ?? store.findType(target)?.info.objectTypeId;
    if (!toType) throw validationError(`Unknown associated object ${target}`);
    defaultAssociationType(store, objectTypeId, toType);
  }
  return schema;
}

export function viewSchema(store: Store, schema: CustomSchema) {
  const { objectTypeId } = schema.info;
  const associations = store.associationTypes
    .list()
    .filter((type) => type.fromType === objectTypeId || type.toType === objectTypeId);
  return {
    id: objectTypeId.slice(2),
    objectTypeId,
    name: schema.info.name,
    fullyQualifiedName: schema.info.fullyQualifiedName,
    labels: schema.labels,
    description: schema.description,
    requiredProperties: schema.requiredProperties,
    searchableProperties: schema.searchableProperties,
    secondaryDisplayProperties: schema.secondaryDisplayProperties,
    primaryDisplayProperty: schema.primaryDisplayProperty,
    properties: [...(store.types.get(objectTypeId)?.properties.values() ?? [])],
    associations: associations.map((type) => ({
      id: String(type.typeId),
      fromObjectTypeId: type.fromType,
      toObjectTypeId: type.toType,
      name: type.name,
    })),
    archived: false,
    createdAt: schema.createdAt,
    updatedAt: schema.updatedAt,
  };
}

export function registerSchemaRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store } = context;
  for (const base of ['/crm/v3/schemas', '/crm-object-schemas/v3/schemas']) {
    app.get(base, async () => ({
      results: [...store.schemas.values()].map((schema) => viewSchema(store, schema)),
    }));
    app.post(base, async (request, reply) => {
      if (context.latency) await context.timer.sleep(context.latency.schemaCreateMs);
      const schema = createSchema(store, request.body, context.now().toISOString());
      context.markChanged();
      return reply.code(201).send(viewSchema(store, schema));
    });
    app.get(`${base}/:objectType`, async (request) => {
      const wanted = param(readParams(request.params), 'objectType');
      const schema = store.findType(wanted)?.info.custom
        ? store.schemas.get(store.findType(wanted)?.info.objectTypeId ?? '')
        : undefined;
      if (!schema)
        throw hubspotError(404, 'OBJECT_NOT_FOUND', `Unable to find object type ${wanted}`);
      return viewSchema(store, schema);
    });
  }
}
