import type { InstallChange } from '@care-model/contract';
import type { PropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties';

/** A planned change and the call that makes it; a new company property can also go in a batch. */
export interface InstallStep {
  change: InstallChange;
  apply: () => Promise<unknown>;
  property?: PropertyCreate;
}
