import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { claimObject } from './customObjects';
import { batchAnswerSchema, type CrmRecord } from './records';

/** A claim without its task after this long was left by a crash: the next sync may release it (0007). */
export const claimLeaseMs = 2 * 60 * 1000;

const conflictSchema = z.object({ code: z.literal(409) });
const claimProperties = ['care_step_key', 'care_company_id', 'hs_createdate'];

const keyOf = (record: CrmRecord) => record.properties.care_step_key ?? '';

async function createClaims(client: Client, companyId: string, keys: readonly string[]) {
  const answer = await client.crm.objects.batchApi.create(claimObject, {
    inputs: keys.map((key) => ({
      properties: { care_step_key: key, care_company_id: companyId },
      associations: [],
    })),
  });
  return batchAnswerSchema.parse(answer).results;
}

/** The existing claims of `keys`, read by their unique key (no search: it lags behind writes). */
export async function readClaims(client: Client, keys: readonly string[]): Promise<CrmRecord[]> {
  if (keys.length === 0) return [];
  const answer = await client.crm.objects.batchApi.read(claimObject, {
    inputs: keys.map((id) => ({ id })),
    idProperty: 'care_step_key',
    properties: claimProperties,
    propertiesWithHistory: [],
  });
  return batchAnswerSchema.parse(answer).results;
}

/**
 * Claims the keys in one batch create; HubSpot's unique-value check refuses a key claimed before.
 * A refused batch (409) is retried once without the keys already claimed; `taken` are the others'.
 */
export async function claimKeys(
  client: Client,
  companyId: string,
  keys: readonly string[],
): Promise<{ claimed: CrmRecord[]; taken: CrmRecord[] }> {
  let taken: CrmRecord[] = [];
  let open = [...keys];
  for (let attempt = 0; attempt < 2 && open.length > 0; attempt += 1) {
    try {
      const claimed = await createClaims(client, companyId, open);
      const refused = open.filter((key) => !claimed.some((claim) => keyOf(claim) === key));
      // 207: some keys were refused one by one.
      if (refused.length > 0) taken = [...taken, ...(await readClaims(client, refused))];
      return { claimed, taken };
    } catch (caught) {
      if (!conflictSchema.safeParse(caught).success) throw caught;
      taken = [...taken, ...(await readClaims(client, open))];
      open = open.filter((key) => !taken.some((claim) => keyOf(claim) === key));
    }
  }
  return { claimed: [], taken };
}

/** Releases claims (a stale one without a task, or one whose task could not be created). */
export async function releaseClaims(client: Client, claims: readonly CrmRecord[]): Promise<void> {
  if (claims.length === 0) return;
  await client.crm.objects.batchApi.archive(claimObject, {
    inputs: claims.map((claim) => ({ id: claim.id })),
  });
}

export function isStale(claim: CrmRecord, now: Date): boolean {
  const createdAt = Date.parse(claim.properties.hs_createdate ?? '');
  return Number.isFinite(createdAt) && now.getTime() - createdAt > claimLeaseMs;
}

export { keyOf as claimKey };
