import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../http/context';
import { validationError } from '../http/errors';
import { param, parseInput, queryLimit, queryText, readParams, readQuery } from '../http/parse';
import { requireRecord, requireType } from '../objects/lookup';
import { associate, associationSpecSchema, defaultAssociationType, dissociate } from './associate';
import { associatedView } from './associationViews';
import { registerAssociationBatchRoutes } from './associationBatchRoutes';

/** Associations v4 for one record pair and one record's list. */
export function registerAssociationRoutes(app: FastifyInstance, context: SandboxContext): void {
  const { store } = context;
  const base = '/crm/v4/objects/:fromType/:fromId/associations';

  const pair = (rawParams: unknown) => {
    const params = readParams(rawParams);
    const from = requireType(store, param(params, 'fromType'));
    const to = requireType(store, param(params, 'toType'));
    const fromRecord = requireRecord(from, param(params, 'fromId'));
    const toRecord = param(params, 'toId') ? requireRecord(to, param(params, 'toId')) : undefined;
    return { from, to, fromRecord, toRecord };
  };

  app.put(`${base}/default/:toType/:toId`, async (request) => {
    const { from, to, fromRecord, toRecord } = pair(request.params);
    const toId = toRecord?.id ?? '';
    const type = defaultAssociationType(store, from.info.objectTypeId, to.info.objectTypeId);
    associate(store, from.info.objectTypeId, fromRecord.id, {
      toType: to.info.objectTypeId,
      toId,
      typeId: type.typeId,
    });
    context.markChanged();
    const at = context.now().toISOString();
    const spec = (typeId: number) => ({
      associationCategory: 'HUBSPOT_DEFINED',
      associationTypeId: typeId,
    });
    return {
      status: 'COMPLETE',
      results: [
        { from: { id: fromRecord.id }, to: { id: toId }, associationSpec: spec(type.typeId) },
        {
          from: { id: toId },
          to: { id: fromRecord.id },
          associationSpec: spec(type.inverseTypeId),
        },
      ],
      startedAt: at,
      completedAt: at,
    };
  });

  app.put(`${base}/:toType/:toId`, async (request, reply) => {
    const { from, to, fromRecord, toRecord } = pair(request.params);
    const specs = parseInput(z.array(associationSpecSchema).min(1), request.body);
    const toId = toRecord?.id ?? '';
    for (const spec of specs) {
      const type = store.associationTypes.get(spec.associationTypeId);
      if (
        !type ||
        type.fromType !== from.info.objectTypeId ||
        type.toType !== to.info.objectTypeId
      ) {
        throw validationError(
          `${spec.associationTypeId} is not a valid association type id from ${from.info.singular} to ${to.info.singular}`,
        );
      }
    }
    for (const spec of specs)
      associate(store, from.info.objectTypeId, fromRecord.id, {
        toType: to.info.objectTypeId,
        toId,
        typeId: spec.associationTypeId,
      });
    context.markChanged();
    return reply.code(201).send({
      fromObjectTypeId: from.info.objectTypeId,
      fromObjectId: Number(fromRecord.id),
      toObjectTypeId: to.info.objectTypeId,
      toObjectId: Number(toId),
      labels: [],
    });
  });

  app.get(`${base}/:toType`, async (request) => {
    const { from, to, fromRecord } = pair(request.params);
    const query = readQuery(request.query);
    const limit = queryLimit(query, 500, 500);
    const offset = Number(queryText(query, 'after') ?? '0') || 0;
    const all = associatedView(store, from, fromRecord.id, to);
    const results = all.slice(offset, offset + limit);
    const next = offset + limit;
    return next < all.length
      ? { results, paging: { next: { after: String(next), link: '' } } }
      : { results };
  });

  app.delete(`${base}/:toType/:toId`, async (request, reply) => {
    const { from, to, fromRecord, toRecord } = pair(request.params);
    dissociate(
      store,
      from.info.objectTypeId,
      fromRecord.id,
      to.info.objectTypeId,
      toRecord?.id ?? '',
    );
    context.markChanged();
    return reply.code(204).send();
  });

  registerAssociationBatchRoutes(app, context);
}
