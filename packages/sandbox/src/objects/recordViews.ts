import { defaultReadProperties } from '../properties/defaultProperties';
import type { CrmRecord, ObjectTypeState, Store } from '../state/store';

export interface RecordView {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
  associations?: Record<
    string,
    { results: { id: string; type: string }[]; paging?: { next: { after: string; link: string } } }
  >;
}

/** A record as HubSpot answers it: the asked-for properties (null when empty), or the type's defaults. */
export function viewRecord(
  state: ObjectTypeState,
  record: CrmRecord,
  requested?: string[],
): RecordView {
  const names =
    requested && requested.length > 0
      ? requested
      : (defaultReadProperties[state.info.objectTypeId] ?? [
          'hs_createdate',
          'hs_lastmodifieddate',
          'hs_object_id',
        ]);
  const properties: Record<string, string | null> = {};
  for (const name of names) {
    if (state.properties.has(name)) properties[name] = record.properties[name] ?? null;
  }
  return baseView(record, properties);
}

/** A record after a write: every property it holds. */
export function viewWritten(record: CrmRecord): RecordView {
  return baseView(record, { ...record.properties });
}

function baseView(record: CrmRecord, properties: Record<string, string | null>): RecordView {
  const view: RecordView = {
    id: record.id,
    properties,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    archived: record.archived,
  };
  if (record.archivedAt) view.archivedAt = record.archivedAt;
  return view;
}

/** v3 `associations` of a record, keyed by the plural name of each asked-for type. */
export function withAssociations(
  store: Store,
  state: ObjectTypeState,
  view: RecordView,
  toTypes: string[],
): RecordView {
  if (toTypes.length === 0) return view;
  const associations: NonNullable<RecordView['associations']> = {};
  for (const toTypeName of toTypes) {
    const toState = store.findType(toTypeName);
    if (!toState) continue;
    const results: { id: string; type: string }[] = [];
    for (const [toId, typeIds] of store.associations.list(
      state.info.objectTypeId,
      view.id,
      toState.info.objectTypeId,
    )) {
      if (toState.records.get(toId)?.archived !== false) continue;
      for (const typeId of typeIds) {
        results.push({
          id: toId,
          type: store.associationTypes.get(typeId)?.name ?? String(typeId),
        });
      }
    }
    // HubSpot lists 100 per type on a record read, with a cursor to the rest (v4 reads them all).
    if (results.length > 100)
      associations[toState.info.name] = {
        results: results.slice(0, 100),
        paging: { next: { after: '100', link: '' } },
      };
    else if (results.length > 0) associations[toState.info.name] = { results };
  }
  return Object.keys(associations).length > 0 ? { ...view, associations } : view;
}
