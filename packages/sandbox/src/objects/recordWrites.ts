import { hubspotError, validationError } from '../http/errors';
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
  const { values, errors } = validateValues(state, input, { ownerIds, allowReadOnly });
  if (errors.length > 0) {
    throw validationError(`Property values were not valid: ${JSON.stringify(errors)}`);
  }
  return values;
}

/** HubSpot refuses a value already held by another record for a `hasUniqueValue` property. */
export function checkUnique(
  state: ObjectTypeState,
  writes: { id?: string; values: Record<string, string> }[],
): void {
  const unique = [...state.properties.values()].filter(
    (property) => property.hasUniqueValue && property.name !== 'hs_object_id',
  );
  for (const property of unique) {
    const taken = new Map<string, string>();
    for (const record of state.records.values()) {
      const value = record.properties[property.name];
      if (!record.archived && value !== undefined) taken.set(value, record.id);
    }
    for (const write of writes) {
      const value = write.values[property.name];
      if (value === undefined || value === '') continue;
      const holder = taken.get(value);
      if (holder !== undefined && holder !== write.id) {
        throw hubspotError(
          409,
          'CONFLICT',
          `A ${state.info.singular} with ${property.name} "${value}" already exists. Existing ID: ${holder}`,
          {
            context: { propertyName: [property.name], existingId: [holder] },
          },
        );
      }
      taken.set(value, write.id ?? 'new');
    }
  }
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
  assign(record, { ...values, hs_lastmodifieddate: at }, state, at);
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
): void {
  for (const [name, value] of Object.entries(values)) {
    if (value === '') delete record.properties[name];
    else record.properties[name] = value;
  }
  const properties = record.properties;
  if (state.info.objectTypeId === DEAL) {
    properties.hs_is_closed_won = String(properties.dealstage === 'closedwon');
    properties.hs_is_closed = String(
      properties.dealstage === 'closedwon' || properties.dealstage === 'closedlost',
    );
    // Without a currency of its own a deal is in the portal's; a seed may give the converted amount.
    if (properties.deal_currency_code === undefined && properties.amount !== undefined)
      properties.amount_in_home_currency = properties.amount;
  }
  if (state.info.objectTypeId === TASK && 'hs_task_status' in values) {
    if (properties.hs_task_status === 'COMPLETED') properties.hs_task_completion_date ??= at;
    else delete properties.hs_task_completion_date;
  }
}
