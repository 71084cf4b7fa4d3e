import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import { claimObject } from '../stores/customObjects';
import { batchAnswerSchema, type CrmRecord } from '../records/records';
import { called, outcomeUnknown } from '../client/callPolicy';

/** A claim without its task after this long was left by a crash: the next sync may release it (0007). */
export const claimLeaseMs = 2 * 60 * 1000;

const conflictSchema = z.object({ code: z.literal(409) });
const claimProperties = ['care_step_key', 'care_company_id', 'hs_createdate'];

const keyOf = (record: CrmRecord) => record.properties.care_step_key ?? '';
const stepKey = (step: StepRef) => step.key;

/** A next step's key and its company: what a claim records. */
export interface StepRef {
  key: string;
  companyId: string;
}

async function createClaims(client: Client, steps: readonly StepRef[]) {
  const answer = await called(client, 'create', () =>
    client.crm.objects.batchApi.create(claimObject, {
      inputs: steps.map((step) => ({
        properties: { care_step_key: step.key, care_company_id: step.companyId },
        associations: [],
      })),
    }),
  );
  return batchAnswerSchema.parse(answer).results;
}

/** The existing claims of `keys`, read by their unique key (no search: it lags behind writes). */
export async function readClaims(client: Client, keys: readonly string[]): Promise<CrmRecord[]> {
  if (keys.length === 0) return [];
  const answer = await called(client, 'safe', () =>
    client.crm.objects.batchApi.read(claimObject, {
      inputs: keys.map((id) => ({ id })),
      idProperty: 'care_step_key',
      properties: claimProperties,
      propertiesWithHistory: [],
    }),
  );
  return batchAnswerSchema.parse(answer).results;
}

/**
 * Claims the steps' keys (up to 100, of any companies) in one batch create; HubSpot's unique-value
 * check refuses a key claimed before, one by one (207) or for the whole batch (409): then the taken
 * keys are read and the rest claimed again. `claimed` are this call's, `taken` the earlier claims.
 */
export async function claimKeys(
  client: Client,
  steps: readonly StepRef[],
): Promise<{ claimed: CrmRecord[]; taken: CrmRecord[] }> {
  const claimed: CrmRecord[] = [];
  const taken: CrmRecord[] = [];
  let open = [...steps];
  while (open.length > 0) {
    try {
      claimed.push(...(await createClaims(client, open)));
      const refused = open.filter((step) => !claimed.some((claim) => keyOf(claim) === step.key));
      taken.push(...(await readClaims(client, refused.map(stepKey))));
      return { claimed, taken };
    } catch (caught) {
      // After a 5xx the claims may exist: the keys held are read back, as after a conflict.
      if (!conflictSchema.safeParse(caught).success && !outcomeUnknown(caught)) throw caught;
      const held = await readClaims(client, open.map(stepKey));
      // A conflict with no claim to show for it (released meanwhile) is HubSpot's to explain.
      if (held.length === 0) throw caught;
      taken.push(...held);
      open = open.filter((step) => !held.some((claim) => keyOf(claim) === step.key));
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
