import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  associate,
  createAssociationsSchema,
  resolveAssociations,
} from '../associations/associate';
import type { SandboxContext } from '../http/context';
import { validationError } from '../http/errors';
import { param, parseInput, readParams } from '../http/parse';
import { findRecord, requireType } from './lookup';
import { propertiesInputSchema } from './objectRoutes';
import { viewRecord, viewWritten } from './recordViews';
import {
  archiveRecord,
  checkUnique,
  conflictMessage,
  createRecord,
  findUniqueConflicts,
  prepareValues,
  updateRecord,
} from './recordWrites';

const BATCH_LIMIT = 100;
const idSchema = z.union([z.string(), z.number()]).transform(String);
const batchOf = <T extends z.ZodType>(item: T) => z.object({ inputs: z.array(item) });

const readSchema = batchOf(z.object({ id: idSchema })).extend({
  properties: z.array(z.string()).optional(),
  idProperty: z.string().optional(),
});
const createSchema = batchOf(
  z.object({
    properties: propertiesInputSchema,
    associations: createAssociationsSchema.optional(),
  }),
);
const updateSchema = batchOf(
  z.object({ id: idSchema, properties: propertiesInputSchema, idProperty: z.string().optional() }),
);
const archiveSchema = batchOf(z.object({ id: idSchema }));

function checkSize(count: number): void {
  if (count > BATCH_LIMIT)
    throw validationError(`Batch input size ${count} exceeds the limit of ${BATCH_LIMIT} inputs`);
}

function batchAnswer<T>(
  startedAt: string,
  context: SandboxContext,
  results: T[],
  missing: string[],
  singular: string,
) {
  const completedAt = context.now().toISOString();
  if (missing.length === 0)
    return { code: 0, body: { status: 'COMPLETE', results, startedAt, completedAt } };
  const errors = [
    {
      status: 'error',
      category: 'OBJECT_NOT_FOUND',
      message: `Could not get some ${singular.toUpperCase()} objects, they may be deleted or not exist. Check that ids are valid.`,
      context: { ids: missing },
      links: {},
      errors: [],
    },
  ];
  return {
    code: 207,
    body: { status: 'COMPLETE', results, numErrors: errors.length, errors, startedAt, completedAt },
  };
}

/** `/batch/read|create|update|archive`: at most 100 inputs; invalid values fail the whole batch. */
export function registerBatchRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store } = context;
  const base = '/crm/v3/objects/:objectType/batch';

  app.post(`${base}/read`, async (request, reply) => {
    const startedAt = context.now().toISOString();
    const state = requireType(store, param(readParams(request.params), 'objectType'));
    const body = parseInput(readSchema, request.body);
    checkSize(body.inputs.length);
    const results = [];
    const missing: string[] = [];
    for (const { id } of body.inputs) {
      const record = findRecord(state, id, body.idProperty);
      if (record) results.push(viewRecord(state, record, body.properties));
      else missing.push(id);
    }
    const answer = batchAnswer(startedAt, context, results, missing, state.info.singular);
    return reply.code(answer.code || 200).send(answer.body);
  });

  app.post(`${base}/create`, async (request, reply) => {
    const startedAt = context.now().toISOString();
    const state = requireType(store, param(readParams(request.params), 'objectType'));
    const body = parseInput(createSchema, request.body);
    checkSize(body.inputs.length);
    const prepared = body.inputs.map((input) => ({
      values: prepareValues(context, state, input.properties),
      edges: resolveAssociations(store, state, input.associations ?? []),
    }));
    const conflicts = findUniqueConflicts(state, prepared);
    if (context.uniqueConflicts === 'batch-409') checkUnique(state, prepared);
    const refused = new Set(conflicts.map((conflict) => conflict.index));
    const results = prepared.flatMap(({ values, edges }, index) => {
      if (refused.has(index)) return [];
      const record = createRecord(context, state, values);
      for (const edge of edges) associate(store, state.info.objectTypeId, record.id, edge);
      return [viewWritten(record)];
    });
    if (results.length > 0) context.markChanged();
    const completedAt = context.now().toISOString();
    if (conflicts.length === 0)
      return reply.code(201).send({ status: 'COMPLETE', results, startedAt, completedAt });
    const errors = conflicts.map((conflict) => ({
      status: 'error',
      category: 'CONFLICT',
      message: conflictMessage(state, conflict),
      context: {
        inputIndex: [String(conflict.index)],
        propertyName: [conflict.propertyName],
        existingId: [conflict.holder],
      },
      links: {},
      errors: [],
    }));
    return reply.code(207).send({
      status: 'COMPLETE',
      results,
      numErrors: errors.length,
      errors,
      startedAt,
      completedAt,
    });
  });

  app.post(`${base}/update`, async (request, reply) => {
    const startedAt = context.now().toISOString();
    const state = requireType(store, param(readParams(request.params), 'objectType'));
    const body = parseInput(updateSchema, request.body);
    checkSize(body.inputs.length);
    const ids = body.inputs.map((input) => input.id);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (duplicates.length > 0)
      throw validationError(
        `Duplicate IDs found in batch input: [${duplicates.join(', ')}]. IDs must be unique`,
      );
    const missing: string[] = [];
    const prepared = [];
    for (const input of body.inputs) {
      const record = findRecord(state, input.id, input.idProperty);
      const values = prepareValues(context, state, input.properties);
      if (record) prepared.push({ id: record.id, record, values });
      else missing.push(input.id);
    }
    checkUnique(state, prepared);
    const results = prepared.map(({ record, values }) =>
      viewWritten(updateRecord(context, state, record, values)),
    );
    if (results.length > 0) context.markChanged();
    const answer = batchAnswer(startedAt, context, results, missing, state.info.singular);
    return reply.code(answer.code || 200).send(answer.body);
  });

  app.post(`${base}/archive`, async (request, reply) => {
    const state = requireType(store, param(readParams(request.params), 'objectType'));
    const body = parseInput(archiveSchema, request.body);
    checkSize(body.inputs.length);
    for (const { id } of body.inputs) {
      const record = findRecord(state, id);
      if (record) archiveRecord(context, record);
    }
    context.markChanged();
    return reply.code(204).send();
  });
}
