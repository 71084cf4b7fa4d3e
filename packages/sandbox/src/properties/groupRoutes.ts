import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../http/context';
import { hubspotError } from '../http/errors';
import { param, parseInput, readParams } from '../http/parse';
import { requireType } from '../objects/lookup';
import type { ObjectTypeState } from '../state/store';
import { propertyGroupSchema, propertyGroupUpdateSchema } from './propertyTypes';

function requireGroup(state: ObjectTypeState, name: string) {
  const group = state.groups.get(name);
  if (!group || group.archived)
    throw hubspotError(
      404,
      'OBJECT_NOT_FOUND',
      `Unable to find property group ${name} on object type ${state.info.objectTypeId}`,
    );
  return group;
}

export function registerGroupRoutes(app: FastifyInstance, context: SandboxContext): void {
  const base = '/crm/v3/properties/:objectType/groups';
  const typeOf = (params: unknown) =>
    requireType(context.store, param(readParams(params), 'objectType'));

  app.get(base, async (request) => ({
    results: [...typeOf(request.params).groups.values()].filter((group) => !group.archived),
  }));

  app.get(`${base}/:groupName`, async (request) =>
    requireGroup(typeOf(request.params), param(readParams(request.params), 'groupName')),
  );

  app.post(base, async (request, reply) => {
    const state = typeOf(request.params);
    const input = parseInput(propertyGroupSchema, request.body);
    if (state.groups.get(input.name)?.archived === false) {
      throw hubspotError(
        409,
        'OBJECT_ALREADY_EXISTS',
        `A property group named '${input.name}' already exists.`,
      );
    }
    const group = {
      name: input.name,
      label: input.label,
      displayOrder: input.displayOrder ?? -1,
      archived: false,
    };
    state.groups.set(group.name, group);
    context.markChanged();
    return reply.code(201).send(group);
  });

  app.patch(`${base}/:groupName`, async (request) => {
    const state = typeOf(request.params);
    const current = requireGroup(state, param(readParams(request.params), 'groupName'));
    const patch = parseInput(propertyGroupUpdateSchema, request.body);
    const group = { ...current, ...patch };
    state.groups.set(group.name, group);
    context.markChanged();
    return group;
  });

  app.delete(`${base}/:groupName`, async (request, reply) => {
    const state = typeOf(request.params);
    const current = requireGroup(state, param(readParams(request.params), 'groupName'));
    state.groups.set(current.name, { ...current, archived: true });
    context.markChanged();
    return reply.code(204).send();
  });
}
