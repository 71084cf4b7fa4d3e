import type { Client } from '@hubspot/api-client';
import type { CrmRecord } from '../records/crmRecord';
import { claimKey, claimKeys, readClaims, releaseClaims } from '../tasks/claimKeys';

/** A step's claim older than this belongs to a step that died (a step lasts at most 10 s). */
const stepLeaseMs = 30_000;

/** The claim ledger's key of the CLI recompute's lease (decision 0017): no step runs while it holds. */
export const cliLeaseKey = 'care-recompute:cli-lease';

const holdsLease = (lease: CrmRecord | undefined, now: Date) =>
  lease !== undefined && Date.parse(lease.properties.care_lease_until ?? '') > now.getTime();

/**
 * The step's claim (decision 0007's ledger): a step is done once, however many admins press. Null
 * when another caller holds it, or a CLI recompute holds the portal's lease; a claim that outlived any step was left by one HubSpot stopped, and
 * this step takes over (answered as the claim to keep).
 */
export async function claimStep(
  client: Client,
  run: { configVersion: number; run: number },
  step: number,
  now: Date,
): Promise<CrmRecord[] | null> {
  const key = `care-recompute:v${run.configVersion}:r${run.run}:s${step}`;
  const [{ claimed, taken }, [lease]] = await Promise.all([
    claimKeys(client, [key]),
    readClaims(client, [cliLeaseKey]),
  ]);
  if (holdsLease(lease, now)) {
    await releaseClaims(client, claimed);
    return null;
  }
  if (claimed.length > 0) return claimed;
  const held = taken.find((c) => claimKey(c) === key);
  const createdAt = Date.parse(held?.properties.hs_createdate ?? '');
  return Number.isFinite(createdAt) && now.getTime() - createdAt > stepLeaseMs ? [] : null;
}

/** Runs the step; a step that fails gives its claim back, so pressing again retries it at once. */
export async function claimed<T>(
  client: Client,
  claim: CrmRecord[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (caught) {
    await releaseClaims(client, claim).catch(() => undefined);
    throw caught;
  }
}
