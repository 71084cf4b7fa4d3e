import type { CareConfig } from '../config/configSchema';
import type { PropertyGroup } from './propertyDefinition';

const groupLabel = { en: 'Care model', fi: 'Asiakkuudenhoitomalli' };

/** The `care_model` property group, labelled in the portal's language. */
export function propertyGroup(config: CareConfig): PropertyGroup {
  return { name: 'care_model', label: groupLabel[config.locale], displayOrder: -1 };
}
