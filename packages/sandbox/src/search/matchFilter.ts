import type { CrmRecord, ObjectTypeState, Store } from '../state/store';
import type { Filter } from './searchRequest';
import { wildcardMatch } from './wildcardMatch';

type Comparable = number | string;

/** Turns a stored or filter value into something comparable for the property's type. */
export function comparable(type: string | undefined, value: string): Comparable {
  if (type === 'number') return Number(value);
  if (type === 'date' || type === 'datetime') {
    const epoch = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    return Number.isNaN(epoch) ? value : epoch;
  }
  return value.toLowerCase();
}

function compare(a: Comparable, b: Comparable): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function tokenMatch(text: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  if (!wanted.includes('*')) {
    return (
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .includes(wanted) ||
      (wanted.includes(' ') && text.toLowerCase().includes(wanted))
    );
  }
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((token) => wildcardMatch(token, wanted));
}

/** One HubSpot search filter against one record; `associations.{type}` filters by associated id. */
export function matchFilter(
  store: Store,
  state: ObjectTypeState,
  record: CrmRecord,
  filter: Filter,
): boolean {
  if (filter.propertyName.startsWith('associations.')) {
    const target = store.findType(filter.propertyName.slice('associations.'.length));
    const ids = target
      ? store.associations
          .list(state.info.objectTypeId, record.id, target.info.objectTypeId)
          .map(([id]) => id)
      : [];
    const wanted = filter.values ?? (filter.value === undefined ? [] : [filter.value]);
    const hit = wanted.some((id) => ids.includes(id));
    return filter.operator === 'NEQ' || filter.operator === 'NOT_IN' ? !hit : hit;
  }
  const type = state.properties.get(filter.propertyName)?.type;
  const raw = record.properties[filter.propertyName];
  const has = raw !== undefined && raw !== '';
  const value = has ? comparable(type, raw) : undefined;
  const against = (text: string | undefined) => comparable(type, text ?? '');
  switch (filter.operator) {
    case 'HAS_PROPERTY':
      return has;
    case 'NOT_HAS_PROPERTY':
      return !has;
    case 'EQ':
      return value !== undefined && compare(value, against(filter.value)) === 0;
    case 'NEQ':
      return value === undefined || compare(value, against(filter.value)) !== 0;
    case 'LT':
      return value !== undefined && compare(value, against(filter.value)) < 0;
    case 'LTE':
      return value !== undefined && compare(value, against(filter.value)) <= 0;
    case 'GT':
      return value !== undefined && compare(value, against(filter.value)) > 0;
    case 'GTE':
      return value !== undefined && compare(value, against(filter.value)) >= 0;
    case 'BETWEEN':
      return (
        value !== undefined &&
        compare(value, against(filter.value)) >= 0 &&
        compare(value, against(filter.highValue)) <= 0
      );
    case 'IN':
      return (
        value !== undefined &&
        (filter.values ?? []).some((option) => compare(value, against(option)) === 0)
      );
    case 'NOT_IN':
      return (
        value === undefined ||
        !(filter.values ?? []).some((option) => compare(value, against(option)) === 0)
      );
    case 'CONTAINS_TOKEN':
      return has && tokenMatch(raw, filter.value ?? '');
    case 'NOT_CONTAINS_TOKEN':
      return !has || !tokenMatch(raw, filter.value ?? '');
  }
}
