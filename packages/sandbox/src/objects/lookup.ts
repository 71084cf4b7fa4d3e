import { notFoundError, validationError } from '../http/errors';
import type { CrmRecord, ObjectTypeState, Store } from '../state/store';

export function requireType(store: Store, name: string): ObjectTypeState {
  const state = store.findType(name);
  if (!state) throw validationError(`Unable to infer object type from: ${name}`);
  return state;
}

/** Finds a live record by id, or by the value of a unique property (`idProperty`). */
export function findRecord(
  state: ObjectTypeState,
  id: string,
  idProperty?: string,
): CrmRecord | undefined {
  if (!idProperty || idProperty === 'hs_object_id') {
    const record = state.records.get(id);
    return record && !record.archived ? record : undefined;
  }
  const property = state.properties.get(idProperty);
  if (!property?.hasUniqueValue) {
    throw validationError(
      `Unable to perform lookup by non-unique ${state.info.objectTypeId} property ${idProperty}`,
    );
  }
  for (const record of state.records.values()) {
    if (!record.archived && record.properties[idProperty] === id) return record;
  }
  return undefined;
}

export function requireRecord(state: ObjectTypeState, id: string, idProperty?: string): CrmRecord {
  const record = findRecord(state, id, idProperty);
  if (!record) throw notFoundError();
  return record;
}
