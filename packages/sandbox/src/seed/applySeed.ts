import { associate, defaultAssociationType } from '../associations/associate';
import { COMPANY, DEAL, NOTE, TASK } from '../objects/objectTypes';
import { createRecord } from '../objects/recordWrites';
import { createProperty } from '../properties/propertyRoutes';
import type { PropertyDefinition } from '../properties/propertyTypes';
import { validateValues } from '../properties/validateValues';
import { currencyCodes } from '../currency/currencies';
import type { Store } from '../state/store';
import { type ParsedSeed, SeedError } from './seedSchema';

export const APP_GROUP = { name: 'care_model', label: 'Care model' };

/** Creates the app's property group and definitions as the app's install would. */
export function installAppProperties(
  store: Store,
  definitions: readonly PropertyDefinition[],
  at: string,
): void {
  const companies = store.types.get(COMPANY);
  if (!companies) return;
  if (!companies.groups.has(APP_GROUP.name))
    companies.groups.set(APP_GROUP.name, { ...APP_GROUP, displayOrder: -1, archived: false });
  for (const definition of definitions) {
    if (!companies.properties.has(definition.name)) createProperty(companies, definition, at);
  }
}

const collections = [
  ['companies', COMPANY],
  ['deals', DEAL],
  ['tasks', TASK],
  ['notes', NOTE],
] as const;

/** Loads a parsed seed into an empty store; errors name the record and the field. */
export function applySeed(
  store: Store,
  seed: ParsedSeed,
  appProperties: readonly PropertyDefinition[] | undefined,
  now: () => Date,
): void {
  const at = now().toISOString();
  if (seed.currencies) store.currencies = seed.currencies;
  for (const owner of seed.owners) {
    const userId = owner.userId ?? Number(owner.id) * 10;
    store.owners.set(owner.id, {
      id: owner.id,
      email: owner.email,
      firstName: owner.firstName,
      lastName: owner.lastName,
      userId,
      createdAt: at,
      updatedAt: at,
      archived: false,
    });
  }
  const usesApp = seed.companies.findIndex((company) =>
    Object.keys(company.properties).some((name) => name.startsWith('care_')),
  );
  if (usesApp >= 0) {
    if (!appProperties) {
      const company = seed.companies[usesApp];
      const name = Object.keys(company?.properties ?? {}).find((key) => key.startsWith('care_'));
      throw new SeedError(
        `companies[${usesApp}] (id ${company?.id}): properties.${name}: an app property, but no app property definitions were given`,
      );
    }
    installAppProperties(store, appProperties, at);
  }
  const ownerIds = new Set(store.owners.keys());
  const context = { store, now };
  for (const [collection, typeId] of collections) {
    const state = store.types.get(typeId);
    if (!state) continue;
    seed[collection].forEach((item, index) => {
      const where = `${collection}[${index}] (id ${item.id})`;
      if (state.records.has(item.id)) throw new SeedError(`${where}: id: duplicate id ${item.id}`);
      const { values, errors } = validateValues(state, item.properties, {
        ownerIds,
        allowReadOnly: true,
        currencyCodes: currencyCodes(store.currencies),
      });
      const error = errors[0];
      if (error) throw new SeedError(`${where}: properties.${error.name} ${error.message}`);
      createRecord(context, state, values, item.id);
    });
  }
  for (const [collection, typeId] of collections.slice(1)) {
    const items = collection === 'companies' ? [] : seed[collection];
    items.forEach((item, index) => {
      for (const [target, targetType] of [
        ['companies', COMPANY],
        ['deals', DEAL],
      ] as const) {
        (item.associations[target] ?? []).forEach((toId, position) => {
          if (!store.types.get(targetType)?.records.has(toId)) {
            throw new SeedError(
              `${collection}[${index}] (id ${item.id}): associations.${target}[${position}]: "${toId}" is not a ${target === 'companies' ? 'company' : 'deal'} in the seed`,
            );
          }
          const type = defaultAssociationType(store, typeId, targetType);
          associate(store, typeId, item.id, { toType: targetType, toId, typeId: type.typeId });
        });
      }
    });
  }
}
