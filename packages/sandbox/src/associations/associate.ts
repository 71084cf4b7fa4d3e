import { z } from 'zod';
import { validationError } from '../http/errors';
import type { ObjectTypeState, Store } from '../state/store';

export const associationSpecSchema = z.object({
  associationCategory: z.enum(['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED']),
  associationTypeId: z.number().int(),
});

const idSchema = z.union([z.string(), z.number()]).transform(String);

export const createAssociationsSchema = z.array(
  z.object({ to: z.object({ id: idSchema }), types: z.array(associationSpecSchema).min(1) }),
);
export type CreateAssociations = z.infer<typeof createAssociationsSchema>;

export interface Edge {
  toType: string;
  toId: string;
  typeId: number;
}

/** Resolves `associations` of a create body to edges; throws before anything is written. */
export function resolveAssociations(
  store: Store,
  from: ObjectTypeState,
  inputs: CreateAssociations,
): Edge[] {
  const edges: Edge[] = [];
  for (const input of inputs) {
    for (const spec of input.types) {
      const type = store.associationTypes.get(spec.associationTypeId);
      if (!type || type.fromType !== from.info.objectTypeId) {
        throw validationError(
          `${spec.associationTypeId} is not a valid association type id from ${from.info.singular}`,
        );
      }
      const target = store.types.get(type.toType)?.records.get(input.to.id);
      if (!target || target.archived) {
        throw validationError(`Association target ${type.toType} ${input.to.id} does not exist`, {
          subCategory: 'crm.associations.INVALID_OBJECT_IDS',
        });
      }
      edges.push({ toType: type.toType, toId: input.to.id, typeId: type.typeId });
    }
  }
  return edges;
}

/** Stores an association and its inverse, as HubSpot shows both sides. */
export function associate(store: Store, fromType: string, fromId: string, edge: Edge): void {
  store.associations.add(fromType, fromId, edge.toType, edge.toId, edge.typeId);
  const inverse = store.associationTypes.get(edge.typeId)?.inverseTypeId;
  if (inverse !== undefined)
    store.associations.add(edge.toType, edge.toId, fromType, fromId, inverse);
}

export function dissociate(
  store: Store,
  fromType: string,
  fromId: string,
  toType: string,
  toId: string,
): void {
  store.associations.remove(fromType, fromId, toType, toId);
  store.associations.remove(toType, toId, fromType, fromId);
}

export function defaultAssociationType(store: Store, fromType: string, toType: string) {
  const names = (type: string) => store.types.get(type)?.info.singular ?? type;
  return store.associationTypes.defaultFor(fromType, toType, names);
}
