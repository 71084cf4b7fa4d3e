import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../http/context';
import { HubSpotError, hubspotError, validationError } from '../http/errors';
import { param, parseInput, queryText, readParams, readQuery } from '../http/parse';
import { requireType } from '../objects/lookup';
import type { ObjectTypeState } from '../state/store';
import {
  fieldTypesOf,
  type PropertyDefinition,
  propertyDefinitionSchema,
  propertyUpdateSchema,
  toStoredProperty,
} from './propertyTypes';
import { registerGroupRoutes } from './groupRoutes';

/** Adds a property definition as `POST /crm/v3/properties/{objectType}` does (409 if it exists). */
export function createProperty(
  state: ObjectTypeState,
  definition: PropertyDefinition,
  at: string,
): void {
  if (state.properties.has(definition.name)) {
    throw hubspotError(
      409,
      'OBJECT_ALREADY_EXISTS',
      `Property named '${definition.name}' already exists.`,
      { subCategory: 'PropertyValidationError.PROPERTY_EXISTS' },
    );
  }
  const allowed = fieldTypesOf[definition.type];
  if (!allowed.includes(definition.fieldType)) {
    throw validationError(
      `Property '${definition.name}': fieldType ${definition.fieldType} is not valid for type ${definition.type}; valid are ${allowed.join(', ')}.`,
      { subCategory: 'PropertyValidationError.INVALID_FIELD_TYPE' },
    );
  }
  if (!state.groups.has(definition.groupName)) {
    throw validationError(`Property group '${definition.groupName}' does not exist.`);
  }
  if (
    definition.type === 'enumeration' &&
    !definition.externalOptions &&
    (definition.options ?? []).length === 0
  ) {
    throw validationError(`Enumeration property '${definition.name}' needs options.`);
  }
  state.properties.set(definition.name, toStoredProperty(definition, at));
}

function requireProperty(state: ObjectTypeState, name: string) {
  const property = state.properties.get(name);
  if (!property || property.archived) {
    throw hubspotError(
      404,
      'OBJECT_NOT_FOUND',
      `Unable to find property ${name} on object type ${state.info.objectTypeId}`,
    );
  }
  return property;
}

export function registerPropertyRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store } = context;
  const base = '/crm/v3/properties/:objectType';
  const typeOf = (params: unknown) => requireType(store, param(readParams(params), 'objectType'));

  app.get(base, async (request) => {
    const archived = queryText(readQuery(request.query), 'archived') === 'true';
    return {
      results: [...typeOf(request.params).properties.values()].filter(
        (property) => property.archived === archived,
      ),
    };
  });

  app.get(`${base}/:propertyName`, async (request) =>
    requireProperty(typeOf(request.params), param(readParams(request.params), 'propertyName')),
  );

  app.post(base, async (request, reply) => {
    const state = typeOf(request.params);
    const definition = parseInput(propertyDefinitionSchema, request.body);
    createProperty(state, definition, context.now().toISOString());
    context.markChanged();
    return reply.code(201).send(state.properties.get(definition.name));
  });

  // HubSpot's batch create: every valid input is created; the others are listed in `errors` (207).
  app.post(`${base}/batch/create`, async (request, reply) => {
    const state = typeOf(request.params);
    const { inputs } = parseInput(
      z.object({ inputs: z.array(z.unknown()).max(100) }),
      request.body,
    );
    const startedAt = context.now().toISOString();
    const results: unknown[] = [];
    const errors: unknown[] = [];
    for (const [index, input] of inputs.entries()) {
      const named = z.object({ name: z.string() }).safeParse(input);
      const context = {
        inputIndex: [String(index)],
        ...(named.success ? { name: [named.data.name] } : {}),
      };
      try {
        const definition = parseInput(propertyDefinitionSchema, input);
        createProperty(state, definition, startedAt);
        results.push(state.properties.get(definition.name));
      } catch (caught) {
        if (!(caught instanceof HubSpotError)) throw caught;
        errors.push({ ...caught.body, context, links: {} });
      }
    }
    if (results.length > 0) context.markChanged();
    const completedAt = context.now().toISOString();
    const body = { status: 'COMPLETE', results, startedAt, completedAt };
    return errors.length > 0
      ? reply.code(207).send({ ...body, errors, numErrors: errors.length })
      : reply.code(201).send(body);
  });

  app.patch(`${base}/:propertyName`, async (request) => {
    const state = typeOf(request.params);
    const current = requireProperty(state, param(readParams(request.params), 'propertyName'));
    if (current.modificationMetadata.readOnlyDefinition) {
      throw validationError(`Property ${current.name} is read-only and cannot be updated.`);
    }
    const patch = parseInput(propertyUpdateSchema, request.body);
    if (patch.groupName && !state.groups.has(patch.groupName))
      throw validationError(`Property group '${patch.groupName}' does not exist.`);
    const merged = toStoredProperty(
      { ...current, ...patch, name: current.name, options: patch.options ?? current.options },
      current.createdAt,
    );
    const updated = { ...merged, updatedAt: context.now().toISOString() };
    state.properties.set(current.name, updated);
    context.markChanged();
    return updated;
  });

  app.delete(`${base}/:propertyName`, async (request, reply) => {
    const state = typeOf(request.params);
    const current = requireProperty(state, param(readParams(request.params), 'propertyName'));
    if (!current.modificationMetadata.archivable)
      throw validationError(`Property ${current.name} cannot be archived.`);
    state.properties.set(current.name, { ...current, archived: true });
    context.markChanged();
    return reply.code(204).send();
  });

  app.post(`${base}/batch/read`, async (request) => {
    const state = typeOf(request.params);
    const body = parseInput(
      z.object({
        inputs: z.array(z.object({ name: z.string() })),
        archived: z.boolean().optional(),
      }),
      request.body,
    );
    const archived = body.archived ?? false;
    const at = context.now().toISOString();
    const results = body.inputs.flatMap(({ name }) => {
      const property = state.properties.get(name);
      return property && property.archived === archived ? [property] : [];
    });
    return { status: 'COMPLETE', results, startedAt: at, completedAt: at };
  });

  registerGroupRoutes(app, context);
}
