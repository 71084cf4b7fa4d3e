import type { InstallChange } from '@care-model/contract';

/** A planned change and the call that makes it. */
export interface InstallStep {
  change: InstallChange;
  apply: () => Promise<unknown>;
}
