import type { ObjectTypeState, Store } from '../state/store';

/** v4 shape of one associated record; HubSpot sends `toObjectId` as a JSON number. */
export function associatedView(
  store: Store,
  from: ObjectTypeState,
  fromId: string,
  to: ObjectTypeState,
) {
  const live = store.associations
    .list(from.info.objectTypeId, fromId, to.info.objectTypeId)
    .filter(([toId]) => to.records.get(toId)?.archived === false);
  return live.map(([toId, typeIds]) => ({
    toObjectId: Number(toId),
    associationTypes: typeIds.map((typeId) => {
      const type = store.associationTypes.get(typeId);
      return { category: type?.category ?? 'USER_DEFINED', typeId, label: type?.label ?? null };
    }),
  }));
}
