import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  associate,
  createAssociationsSchema,
  resolveAssociations,
} from '../associations/associate';
import type { SandboxContext } from '../http/context';
import {
  param,
  parseInput,
  queryLimit,
  queryList,
  queryText,
  readParams,
  readQuery,
} from '../http/parse';
import { findRecord, requireRecord, requireType } from './lookup';
import { viewRecord, viewWritten, withAssociations } from './recordViews';
import {
  archiveRecord,
  checkUnique,
  createRecord,
  prepareValues,
  updateRecord,
} from './recordWrites';

export const propertiesInputSchema = z.record(z.string(), z.unknown());
const createSchema = z.object({
  properties: propertiesInputSchema.default({}),
  associations: createAssociationsSchema.optional(),
});
const updateSchema = z.object({ properties: propertiesInputSchema });

const base = '/crm/v3/objects/:objectType';

/** Basic CRUD of `/crm/v3/objects/{objectType}` (companies, deals, tasks, notes, custom objects). */
export function registerObjectRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store } = context;

  app.get(base, async (request) => {
    const params = readParams(request.params);
    const query = readQuery(request.query);
    const state = requireType(store, param(params, 'objectType'));
    const limit = queryLimit(query, 10, 100);
    const archived = queryText(query, 'archived') === 'true';
    const properties = queryList(query, 'properties');
    const toTypes = queryList(query, 'associations');
    let index = Number(queryText(query, 'after') ?? '0') || 0;
    const results = [];
    while (index < state.order.length && results.length < limit) {
      const record = state.records.get(state.order[index] ?? '');
      index += 1;
      if (!record || record.archived !== archived) continue;
      results.push(withAssociations(store, state, viewRecord(state, record, properties), toTypes));
    }
    const hasMore = state.order
      .slice(index)
      .some((id) => state.records.get(id)?.archived === archived);
    return hasMore
      ? { results, paging: { next: { after: String(index), link: '' } } }
      : { results };
  });

  app.post(base, async (request, reply) => {
    const state = requireType(store, param(readParams(request.params), 'objectType'));
    const body = parseInput(createSchema, request.body);
    const values = prepareValues(context, state, body.properties);
    checkUnique(state, [{ values }]);
    const edges = resolveAssociations(store, state, body.associations ?? []);
    const record = createRecord(context, state, values);
    for (const edge of edges) associate(store, state.info.objectTypeId, record.id, edge);
    context.markChanged();
    return reply.code(201).send(viewWritten(record));
  });

  app.get(`${base}/:objectId`, async (request) => {
    const params = readParams(request.params);
    const query = readQuery(request.query);
    const state = requireType(store, param(params, 'objectType'));
    const archived = queryText(query, 'archived') === 'true';
    const id = param(params, 'objectId');
    const record = archived
      ? state.records.get(id)
      : requireRecord(state, id, queryText(query, 'idProperty'));
    if (!record) return requireRecord(state, id);
    const view = viewRecord(state, record, queryList(query, 'properties'));
    return withAssociations(store, state, view, queryList(query, 'associations'));
  });

  app.patch(`${base}/:objectId`, async (request) => {
    const params = readParams(request.params);
    const state = requireType(store, param(params, 'objectType'));
    const record = requireRecord(
      state,
      param(params, 'objectId'),
      queryText(readQuery(request.query), 'idProperty'),
    );
    const body = parseInput(updateSchema, request.body);
    const values = prepareValues(context, state, body.properties);
    checkUnique(state, [{ id: record.id, values }]);
    updateRecord(context, state, record, values);
    context.markChanged();
    return viewWritten(record);
  });

  app.delete(`${base}/:objectId`, async (request, reply) => {
    const params = readParams(request.params);
    const state = requireType(store, param(params, 'objectType'));
    const record = findRecord(state, param(params, 'objectId'));
    if (record) {
      archiveRecord(context, record);
      context.markChanged();
    }
    return reply.code(204).send();
  });
}
