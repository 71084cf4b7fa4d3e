import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../http/context';
import { validationError } from '../http/errors';
import { param, parseInput, readParams } from '../http/parse';
import { findRecord, requireType } from '../objects/lookup';
import { associate, associationSpecSchema, defaultAssociationType, dissociate } from './associate';
import { associatedView } from './associationViews';

const idSchema = z.union([z.string(), z.number()]).transform(String);
const ref = z.object({ id: idSchema });
const inputs = <T extends z.ZodType>(item: T) => z.object({ inputs: z.array(item).max(1000) });

/** `/crm/v4/associations/{from}/{to}/batch/...`: unknown records become per-input 207 errors. */
export function registerAssociationBatchRoutes(
  app: FastifyInstance,
  context: SandboxContext,
): void {
  const { store } = context;
  const base = '/crm/v4/associations/:fromType/:toType/batch';
  const types = (raw: unknown) => {
    const params = readParams(raw);
    return {
      from: requireType(store, param(params, 'fromType')),
      to: requireType(store, param(params, 'toType')),
    };
  };
  const answer = <T>(results: T[], missing: string[], singular: string) => {
    const at = context.now().toISOString();
    if (missing.length === 0)
      return { code: 0, body: { status: 'COMPLETE', results, startedAt: at, completedAt: at } };
    const errors = [
      {
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        message: `No ${singular} records found for ids ${missing.join(', ')}`,
        context: { ids: missing },
        links: {},
        errors: [],
      },
    ];
    return {
      code: 207,
      body: {
        status: 'COMPLETE',
        results,
        numErrors: errors.length,
        errors,
        startedAt: at,
        completedAt: at,
      },
    };
  };

  app.post(`${base}/read`, async (request, reply) => {
    const { from, to } = types(request.params);
    const body = parseInput(inputs(ref.extend({ after: z.string().optional() })), request.body);
    const results = [];
    const missing: string[] = [];
    for (const { id } of body.inputs) {
      const record = findRecord(from, id);
      const associated = record ? associatedView(store, from, record.id, to) : [];
      if (!record) missing.push(id);
      else if (associated.length > 0) results.push({ from: { id }, to: associated });
    }
    const { code, body: payload } = answer(results, missing, from.info.singular);
    return reply.code(code || 200).send(payload);
  });

  app.post(`${base}/create`, async (request, reply) => {
    const { from, to } = types(request.params);
    const body = parseInput(
      inputs(z.object({ from: ref, to: ref, types: z.array(associationSpecSchema).min(1) })),
      request.body,
    );
    const results = [];
    const missing: string[] = [];
    for (const input of body.inputs) {
      const a = findRecord(from, input.from.id);
      const b = findRecord(to, input.to.id);
      if (!a || !b) {
        missing.push(!a ? input.from.id : input.to.id);
        continue;
      }
      for (const spec of input.types) {
        const type = store.associationTypes.get(spec.associationTypeId);
        if (type?.fromType !== from.info.objectTypeId || type.toType !== to.info.objectTypeId)
          throw validationError(
            `${spec.associationTypeId} is not a valid association type id from ${from.info.singular} to ${to.info.singular}`,
          );
        associate(store, from.info.objectTypeId, a.id, {
          toType: to.info.objectTypeId,
          toId: b.id,
          typeId: type.typeId,
        });
      }
      results.push({
        fromObjectTypeId: from.info.objectTypeId,
        fromObjectId: Number(a.id),
        toObjectTypeId: to.info.objectTypeId,
        toObjectId: Number(b.id),
        labels: [],
      });
    }
    if (results.length > 0) context.markChanged();
    const { code, body: payload } = answer(results, missing, from.info.singular);
    return reply.code(code || 201).send(payload);
  });

  app.post(`${base}/associate/default`, async (request, reply) => {
    const { from, to } = types(request.params);
    const body = parseInput(inputs(z.object({ from: ref, to: ref })), request.body);
    const type = defaultAssociationType(store, from.info.objectTypeId, to.info.objectTypeId);
    const results = [];
    const missing: string[] = [];
    for (const input of body.inputs) {
      const a = findRecord(from, input.from.id);
      const b = findRecord(to, input.to.id);
      if (!a || !b) {
        missing.push(!a ? input.from.id : input.to.id);
        continue;
      }
      associate(store, from.info.objectTypeId, a.id, {
        toType: to.info.objectTypeId,
        toId: b.id,
        typeId: type.typeId,
      });
      results.push({
        from: { id: a.id },
        to: { id: b.id },
        associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: type.typeId },
      });
    }
    if (results.length > 0) context.markChanged();
    const { code, body: payload } = answer(results, missing, from.info.singular);
    return reply.code(code || 200).send(payload);
  });

  app.post(`${base}/archive`, async (request, reply) => {
    const { from, to } = types(request.params);
    const body = parseInput(inputs(z.object({ from: ref, to: z.array(ref) })), request.body);
    for (const input of body.inputs) {
      for (const target of input.to)
        dissociate(store, from.info.objectTypeId, input.from.id, to.info.objectTypeId, target.id);
    }
    context.markChanged();
    return reply.code(204).send();
  });
}
