export interface ObjectTypeInfo {
  objectTypeId: string;
  /** Plural API name: `companies`, or a custom object's name. */
  name: string;
  singular: string;
  fullyQualifiedName: string;
  custom: boolean;
}

export const standardObjectTypes: readonly ObjectTypeInfo[] = [
  {
    objectTypeId: '0-2',
    name: 'companies',
    singular: 'company',
    fullyQualifiedName: 'company',
    custom: false,
  },
  {
    objectTypeId: '0-3',
    name: 'deals',
    singular: 'deal',
    fullyQualifiedName: 'deal',
    custom: false,
  },
  {
    objectTypeId: '0-27',
    name: 'tasks',
    singular: 'task',
    fullyQualifiedName: 'task',
    custom: false,
  },
  {
    objectTypeId: '0-46',
    name: 'notes',
    singular: 'note',
    fullyQualifiedName: 'note',
    custom: false,
  },
];

export const COMPANY = '0-2';
export const DEAL = '0-3';
export const TASK = '0-27';
export const NOTE = '0-46';

/** Every name HubSpot accepts for an object type in a path: id, plural, singular, qualified name. */
export function objectTypeAliases(info: ObjectTypeInfo): string[] {
  const aliases = [info.objectTypeId, info.name, info.singular, info.fullyQualifiedName];
  if (info.custom) aliases.push(`p_${info.name}`);
  return aliases.map((alias) => alias.toLowerCase());
}
