import type { WriteContext } from '../objects/recordWrites';

/** What every route needs: the store, the clock, and a way to say "state changed". */
export interface SandboxContext extends WriteContext {
  markChanged(): void;
}
