import type { ObjectTypeState } from '../state/store';
import { defaultPipelineStages } from './defaultProperties';
import type { StoredProperty } from './propertyTypes';

/** One entry of HubSpot's "Property values were not valid" list. */
export interface ValueError {
  isValid: false;
  message: string;
  error: string;
  name: string;
  localizedErrorMessage: string;
}

export interface ValueContext {
  ownerIds: ReadonlySet<string>;
  /** Currency codes the portal has (`deal_currency_code` options). */
  currencyCodes: readonly string[];
  /** Seeds may set read-only properties (as HubSpot's own history would have). */
  allowReadOnly: boolean;
}

const valueError = (name: string, error: string, message: string): ValueError => ({
  isValid: false,
  message,
  error,
  name,
  localizedErrorMessage: message,
});

export function toWireValue(raw: unknown): string | undefined {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return undefined;
}

/** Checks and normalises every value like HubSpot does; any error means nothing may be written. */
export function validateValues(
  state: ObjectTypeState,
  input: Record<string, unknown>,
  context: ValueContext,
): { values: Record<string, string>; errors: ValueError[] } {
  const values: Record<string, string> = {};
  const errors: ValueError[] = [];
  for (const [name, raw] of Object.entries(input)) {
    const property = state.properties.get(name);
    if (!property || property.archived) {
      errors.push(valueError(name, 'PROPERTY_DOESNT_EXIST', `Property "${name}" does not exist`));
      continue;
    }
    if (property.modificationMetadata.readOnlyValue && !context.allowReadOnly) {
      const message = `"${name}" is a read only property; its value cannot be set.`;
      errors.push(valueError(name, 'READ_ONLY_VALUE', message));
      continue;
    }
    const value = toWireValue(raw);
    if (value === undefined) {
      errors.push(valueError(name, 'INVALID_VALUE', `${JSON.stringify(raw)} is not a valid value`));
      continue;
    }
    const checked = value === '' ? { value } : checkValue(property, value, context);
    if ('error' in checked) errors.push(valueError(name, checked.error, checked.message));
    else values[name] = checked.value;
  }
  return { values, errors };
}

/** HubSpot's documented limit for values of text (string) properties. */
export const MAX_STRING_LENGTH = 65_536;

type Checked = { value: string } | { error: string; message: string };

export function checkValue(
  property: StoredProperty,
  value: string,
  context: ValueContext,
): Checked {
  switch (property.type) {
    case 'string':
      return value.length <= MAX_STRING_LENGTH
        ? { value }
        : {
            error: 'INVALID_STRING_LENGTH',
            message: `Value of ${property.name} is ${value.length} characters long; the limit is ${MAX_STRING_LENGTH}`,
          };
    case 'number':
      return /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)
        ? { value: value.trim() }
        : { error: 'INVALID_DECIMAL', message: `"${value}" is not a valid number` };
    case 'bool':
      return value === 'true' || value === 'false'
        ? { value }
        : {
            error: 'INVALID_BOOLEAN',
            message: `"${value}" is not a valid boolean (true or false)`,
          };
    case 'date':
      return checkDate(value);
    case 'datetime':
      return checkDatetime(value);
    case 'enumeration':
      return checkOption(property, value, context);
  }
}

function parseInstant(value: string): Date | undefined {
  const date = /^\d+$/.test(value) ? new Date(Number(value)) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function checkDate(value: string): Checked {
  const date = parseInstant(value);
  if (!date) return { error: 'INVALID_DATE', message: `${value} is not a valid date` };
  if (date.getTime() % 86_400_000 !== 0) {
    const time = `${date.getUTCHours()}:${date.getUTCMinutes()}:${date.getUTCSeconds()}.${date.getUTCMilliseconds()}`;
    return { error: 'INVALID_DATE', message: `${value} is at ${time} UTC, not midnight!` };
  }
  return { value: date.toISOString().slice(0, 10) };
}

function checkDatetime(value: string): Checked {
  const date = parseInstant(value);
  return date
    ? { value: date.toISOString() }
    : { error: 'INVALID_DATETIME', message: `${value} is not a valid datetime` };
}

function checkOption(property: StoredProperty, value: string, context: ValueContext): Checked {
  const allowed = allowedOptions(property, context);
  const picked = property.fieldType === 'checkbox' ? value.split(';') : [value];
  const bad = picked.find((option) => !allowed.includes(option));
  if (bad === undefined) return { value };
  if (property.name === 'hubspot_owner_id') {
    return { error: 'INVALID_OWNER_ID', message: `${bad} is not a valid owner id` };
  }
  return {
    error: 'INVALID_OPTION',
    message: `${bad} was not one of the allowed options: [${allowed.join(', ')}]`,
  };
}

function allowedOptions(property: StoredProperty, context: ValueContext): string[] {
  if (property.name === 'hubspot_owner_id') return [...context.ownerIds];
  if (property.name === 'dealstage') return [...defaultPipelineStages];
  if (property.name === 'pipeline') return ['default'];
  if (property.name === 'deal_currency_code') return [...context.currencyCodes];
  return property.options.map((option) => option.value);
}
