import type { Client } from '@hubspot/api-client';
import { parseStepKey } from '@care-model/core';
import { readHubSpotError } from '../client/readHubSpotError';
import { claimObject } from '../stores/customObjectSchemas';
import { batchAnswerSchema, readWhole, type CrmRecord } from '../records/crmRecord';
import { called, outcomeUnknown } from '../client/callPolicy';

/** A claim without its task after this long was left by a crash: the next sync may release it (0007). */
export const claimLeaseMs = 2 * 60 * 1000;

const claimProperties = [
  'care_step_key',
  'care_company_id',
  'care_claimed_by',
  'care_lease_until',
  'hs_createdate',
];

/** Properties a caller writes on its claims: who claimed (its own are recognised), a lease's end. */
export type ClaimStamp = Partial<Record<'care_claimed_by' | 'care_lease_until', string>>;

const keyOf = (record: CrmRecord) => record.properties.care_step_key ?? '';

async function createClaims(client: Client, keys: readonly string[], stamp: ClaimStamp) {
  const answer = await called(client, 'create', () =>
    client.crm.objects.batchApi.create(claimObject, {
      inputs: keys.map((key) => ({
        properties: {
          ...stamp,
          care_step_key: key,
          care_company_id: parseStepKey(key)?.companyId ?? '',
        },
        associations: [],
      })),
    }),
  );
  return batchAnswerSchema.parse(answer).results;
}

/** The existing claims of `keys`, read by their unique key (no search: it lags behind writes). */
export async function readClaims(client: Client, keys: readonly string[]): Promise<CrmRecord[]> {
  if (keys.length === 0) return [];
  const read = async (part: readonly string[]) =>
    batchAnswerSchema.parse(
      await called(client, 'safe', () =>
        client.crm.objects.batchApi.read(claimObject, {
          inputs: part.map((id) => ({ id })),
          idProperty: 'care_step_key',
          properties: claimProperties,
          propertiesWithHistory: [],
        }),
      ),
    );
  return readWhole(keys, read, keyOf);
}

/**
 * Claims the step keys (up to 100, of any companies) in one batch create; HubSpot's unique-value
 * check refuses a key claimed before, one by one (207) or for the whole batch (409): then the taken
 * keys are read and the rest claimed again. `claimed` are this call's, `taken` the earlier claims.
 */
export async function claimKeys(
  client: Client,
  keys: readonly string[],
  stamp: ClaimStamp = {},
): Promise<{ claimed: CrmRecord[]; taken: CrmRecord[] }> {
  const claimed: CrmRecord[] = [];
  const taken: CrmRecord[] = [];
  let open = [...keys];
  while (open.length > 0) {
    try {
      claimed.push(...(await createClaims(client, open, stamp)));
      const refused = open.filter((key) => !claimed.some((claim) => keyOf(claim) === key));
      taken.push(...(await readClaims(client, refused)));
      return { claimed, taken };
    } catch (caught) {
      // After a 5xx the claims may exist: the keys held are read back, as after a conflict.
      if (readHubSpotError(caught)?.status !== 409 && !outcomeUnknown(caught)) throw caught;
      const held = await readClaims(client, open);
      // A conflict with no claim to show for it (released meanwhile) is HubSpot's to explain.
      if (held.length === 0) throw caught;
      taken.push(...held);
      open = open.filter((key) => !held.some((claim) => keyOf(claim) === key));
    }
  }
  return { claimed, taken };
}

/** Releases claims (a stale one without a task, or one whose task could not be created). */
export async function releaseClaims(client: Client, claims: readonly CrmRecord[]): Promise<void> {
  if (claims.length === 0) return;
  await called(client, 'safe', () =>
    client.crm.objects.batchApi.archive(claimObject, {
      inputs: claims.map((claim) => ({ id: claim.id })),
    }),
  );
}

export function isStale(claim: CrmRecord, now: Date): boolean {
  const createdAt = Date.parse(claim.properties.hs_createdate ?? '');
  return Number.isFinite(createdAt) && now.getTime() - createdAt > claimLeaseMs;
}

export { keyOf as claimKey };

/** Rewrites a claim's stamp (a lease renewed): a PATCH, the same state when sent twice. */
export async function restampClaim(
  client: Client,
  claim: CrmRecord,
  stamp: ClaimStamp,
): Promise<void> {
  await called(client, 'safe', () =>
    client.crm.objects.basicApi.update(claimObject, claim.id, { properties: stamp }),
  );
}
