import { type CurrencySettings, defaultCurrencies } from '../currency/currencies';
import { AssociationGraph } from '../associations/associationGraph';
import { AssociationTypeRegistry } from '../associations/associationTypes';
import {
  type ObjectTypeInfo,
  objectTypeAliases,
  standardObjectTypes,
} from '../objects/objectTypes';
import {
  customObjectDefaults,
  defaultGroups,
  defaultProperties,
} from '../properties/defaultProperties';
import type { StoredGroup, StoredProperty } from '../properties/propertyTypes';
import { toStoredProperty } from '../properties/propertyTypes';

export interface CrmRecord {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

export interface Owner {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  userId: number;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface CustomSchema {
  info: ObjectTypeInfo;
  labels: { singular: string; plural: string };
  requiredProperties: string[];
  searchableProperties: string[];
  secondaryDisplayProperties: string[];
  primaryDisplayProperty?: string;
  description?: string;
  createdAt: string;
  updatedAt: string;
}

export interface ObjectTypeState {
  info: ObjectTypeInfo;
  records: Map<string, CrmRecord>;
  /** Record ids in creation order: list paging cursors index into it. */
  order: string[];
  properties: Map<string, StoredProperty>;
  groups: Map<string, StoredGroup>;
}

/** All of one portal's data, in memory; indexes keep reads off full scans. */
export class Store {
  readonly types = new Map<string, ObjectTypeState>();
  readonly owners = new Map<string, Owner>();
  readonly schemas = new Map<string, CustomSchema>();
  readonly associations = new AssociationGraph();
  readonly associationTypes = new AssociationTypeRegistry();
  currencies: CurrencySettings = defaultCurrencies;
  nextObjectId = 10001;
  nextSchemaNumber = 1;

  constructor(
    readonly portalId: number,
    at: string,
  ) {
    for (const info of standardObjectTypes) {
      const state = this.addType(info);
      for (const group of defaultGroups[info.objectTypeId] ?? []) {
        state.groups.set(group.name, { ...group, displayOrder: -1, archived: false });
      }
      for (const { definition, readOnlyValue, calculated } of defaultProperties[
        info.objectTypeId
      ] ?? []) {
        const flags = { hubspotDefined: true, readOnlyValue, calculated };
        state.properties.set(definition.name, toStoredProperty(definition, at, flags));
      }
    }
  }

  addType(info: ObjectTypeInfo): ObjectTypeState {
    const state: ObjectTypeState = {
      info,
      records: new Map(),
      order: [],
      properties: new Map(),
      groups: new Map(),
    };
    this.types.set(info.objectTypeId, state);
    return state;
  }

  addCustomType(schema: CustomSchema, at: string): ObjectTypeState {
    this.schemas.set(schema.info.objectTypeId, schema);
    const state = this.addType(schema.info);
    const group = `${schema.info.name}_information`;
    state.groups.set(group, {
      name: group,
      label: `${schema.labels.singular} information`,
      displayOrder: -1,
      archived: false,
    });
    for (const { definition, readOnlyValue, calculated } of customObjectDefaults(group)) {
      const flags = { hubspotDefined: true, readOnlyValue, calculated };
      state.properties.set(definition.name, toStoredProperty(definition, at, flags));
    }
    return state;
  }

  /** Finds a type by any name HubSpot accepts in a path (id, plural, singular, qualified name). */
  findType(name: string): ObjectTypeState | undefined {
    const wanted = name.toLowerCase();
    for (const state of this.types.values()) {
      if (objectTypeAliases(state.info).includes(wanted)) return state;
    }
    return undefined;
  }

  allocateId(): string {
    const id = String(this.nextObjectId);
    this.nextObjectId += 1;
    return id;
  }

  /** Keeps generated ids above seeded ones. */
  reserveId(id: string): void {
    const numeric = Number(id);
    if (Number.isSafeInteger(numeric) && numeric >= this.nextObjectId)
      this.nextObjectId = numeric + 1;
  }
}
