import { hubspotError, validationError } from '../http/errors';
import {
  type CurrencySettings,
  currencyCodes as currencyCodesOf,
  homeAmount,
} from '../currency/currencies';
import { validateValues } from '../properties/validateValues';
import type { CrmRecord, ObjectTypeState, Store } from '../state/store';
import { DEAL, TASK } from './objectTypes';

export interface WriteContext {
  store: Store;
  now: () => Date;
}

/** Validates a record's input; throws HubSpot's 400 listing every invalid value. */
export function prepareValues(
  context: WriteContext,
  state: ObjectTypeState,
  input: Record<string, unknown>,
  allowReadOnly = false,
): Record<string, string> {
  const ownerIds = new Set(context.store.owners.keys());
  const currencyCodes = currencyCodesOf(context.store.currencies);
  const { values, errors } = validateValues(state, input, {
    ownerIds,
    allowReadOnly,
    currencyCodes,
  });
  if (errors.length > 0) {
    throw validationError(`Property values were not valid: ${JSON.stringify(errors)}`);
  }
  return values;
}

/** How a batch create answers a duplicate unique value: all-or-nothing 409, or per input in a 207. */
export type UniqueConflictMode = 'batch-409' | 'per-item-207';

export interface UniqueConflict {
  index: number;
  propertyName: string;
  value: string;
  holder: string;
}

/** Writes whose `hasUniqueValue` property holds a value another record (or an earlier write) has. */
export function findUniqueConflicts(
  state: ObjectTypeState,
  writes: { id?: string; values: Record<string, string> }[],
): UniqueConflict[] {
  const unique = [...state.properties.values()].filter(
    (property) => property.hasUniqueValue && property.name !== 'hs_object_id',
  );
  const conflicts: UniqueConflict[] = [];
  for (const property of unique) {
    const taken = new Map<string, string>();
    for (const record of state.records.values()) {
      const value = record.properties[property.name];
      if (!record.archived && value !== undefined) taken.set(value, record.id);
    }
    writes.forEach((write, index) => {
      const value = write.values[property.name];
      if (value === undefined || value === '') return;
      const holder = taken.get(value);
      if (holder !== undefined && holder !== write.id) {
        conflicts.push({ index, propertyName: property.name, value, holder });
        return;
      }
      taken.set(value, write.id ?? 'new');
    });
  }
  return conflicts;
}

export function conflictMessage(state: ObjectTypeState, conflict: UniqueConflict): string {
  return `A ${state.info.singular} with ${conflict.propertyName} "${conflict.value}" already exists. Existing ID: ${conflict.holder}`;
}

/** HubSpot refuses a value already held by another record for a `hasUniqueValue` property. */
export function checkUnique(
  state: ObjectTypeState,
  writes: { id?: string; values: Record<string, string> }[],
): void {
  const conflict = findUniqueConflicts(state, writes)[0];
  if (!conflict) return;
  throw hubspotError(409, 'CONFLICT', conflictMessage(state, conflict), {
    context: { propertyName: [conflict.propertyName], existingId: [conflict.holder] },
  });
}

export function createRecord(
  context: WriteContext,
  state: ObjectTypeState,
  values: Record<string, string>,
  seededId?: string,
): CrmRecord {
  const id = seededId ?? context.store.allocateId();
  if (seededId) context.store.reserveId(seededId);
  const at = context.now().toISOString();
  const createdName = state.properties.has('createdate') ? 'createdate' : 'hs_createdate';
  const createdAt = values[createdName] || at;
  const record: CrmRecord = { id, properties: {}, createdAt, updatedAt: at, archived: false };
  assign(
    record,
    {
      [createdName]: createdAt,
      ...values,
      hs_object_id: id,
      hs_lastmodifieddate: values.hs_lastmodifieddate || at,
    },
    state,
    at,
    context.store.currencies,
  );
  state.records.set(id, record);
  state.order.push(id);
  return record;
}

export function updateRecord(
  context: WriteContext,
  state: ObjectTypeState,
  record: CrmRecord,
  values: Record<string, string>,
): CrmRecord {
  const at = context.now().toISOString();
  record.updatedAt = at;
  assign(record, { ...values, hs_lastmodifieddate: at }, state, at, context.store.currencies);
  return record;
}

export function archiveRecord(context: WriteContext, record: CrmRecord): void {
  record.archived = true;
  record.archivedAt = context.now().toISOString();
}

function assign(
  record: CrmRecord,
  values: Record<string, string>,
  state: ObjectTypeState,
  at: string,
  currencies: CurrencySettings,
): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === '') delete record.properties[name];
    else record.properties[name] = value;
  }
  const properties = record.properties;
  if (state.info.objectTypeId === DEAL) {
    const converted = homeAmount(currencies, properties.amount, properties.deal_currency_code);
    if (converted === undefined) delete properties.amount_in_home_currency;
    else properties.amount_in_home_currency = converted;
    properties.hs_is_closed_won = String(properties.dealstage === 'closedwon');
    properties.hs_is_closed = String(
      properties.dealstage === 'closedwon' || properties.dealstage === 'closedlost',
    );
  }
  if (state.info.objectTypeId === TASK && 'hs_task_status' in values) {
    if (properties.hs_task_status === 'COMPLETED') properties.hs_task_completion_date ??= at;
    else delete properties.hs_task_completion_date;
  }
}
