import type { UniqueConflictMode, WriteContext } from '../objects/recordWrites';
import type { LatencyPlan } from '../time/latency';
import type { SandboxTimer } from '../time/timer';

/** What every route needs: the store, the clocks, the options, and a way to say "state changed". */
export interface SandboxContext extends WriteContext {
  timer: SandboxTimer;
  latency?: LatencyPlan;
  searchTimeLimitMs: number;
  uniqueConflicts: UniqueConflictMode;
  markChanged(): void;
}
