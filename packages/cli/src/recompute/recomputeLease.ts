import {
  claimKeys,
  cliLeaseKey,
  releaseClaims,
  restampClaim,
  type ClaimStamp,
  type CrmRecord,
} from '@care-model/hubspot';
import { CliFailure } from '../cli/cliFailure';
import type { CliClient } from '../hubspot/cliClient';

/** A lease not renewed for this long was left by a killed run. */
export const leaseMs = 60_000;
const renewEveryMs = 15_000;

/** Another recompute holds the portal's lease; `care-model run` tries again at its next tick. */
export class LeaseHeld extends CliFailure {
  constructor(message: string) {
    super(message, 3);
  }
}

const actor = (runId: string) => `recompute ${runId}`;

/** A claim any CLI recompute made: while this run holds the lease, the run that made it has ended. */
export const isRecomputeClaim = (claim: CrmRecord) =>
  claim.properties.care_claimed_by?.startsWith('recompute ') ?? false;

/** The stamp of this run's claims (a claim read back with it is the run's own). */
export const runStamp = (runId: string): ClaimStamp => ({ care_claimed_by: actor(runId) });

export interface Lease {
  /** Gives the lease back (the next recompute may start at once). */
  release(): Promise<void>;
}

function heldMessage(held: CrmRecord): string {
  const until = held.properties.care_lease_until ?? '';
  return `Another recompute is running against this portal (${held.properties.care_claimed_by ?? 'unknown'}, its lease runs until ${until}). Try again when it has ended; a killed run's lease runs out ${leaseMs / 1000} s after it stopped.`;
}

async function acquire(cli: CliClient, runId: string, stamp: () => ClaimStamp) {
  for (let attempt = 1; ; attempt += 1) {
    const { claimed, taken } = await cli.call((client) =>
      claimKeys(client, [cliLeaseKey], stamp()),
    );
    const held = claimed[0] ?? taken[0];
    if (!held) continue;
    if (claimed.length > 0) return held;
    // This run's own lease: a resume, or a claim whose answer was lost.
    if (held.properties.care_claimed_by === actor(runId)) {
      await cli.call((client) => restampClaim(client, held, stamp()));
      return held;
    }
    const until = Date.parse(held.properties.care_lease_until ?? '');
    if (attempt > 2 || until > Date.now()) throw new LeaseHeld(heldMessage(held));
    await cli.call((client) => releaseClaims(client, [held]));
  }
}

/** Takes the portal's recompute lease and renews it until released; refuses while another run holds it. */
export async function takeLease(cli: CliClient, runId: string): Promise<Lease> {
  const stamp = (): ClaimStamp => ({
    ...runStamp(runId),
    care_lease_until: new Date(Date.now() + leaseMs).toISOString(),
  });
  const lease = await acquire(cli, runId, stamp);
  const timer = setInterval(() => {
    cli.call((client) => restampClaim(client, lease, stamp())).catch(() => undefined);
  }, renewEveryMs);
  timer.unref();
  return {
    release: async () => {
      clearInterval(timer);
      await cli.call((client) => releaseClaims(client, [lease]));
    },
  };
}
