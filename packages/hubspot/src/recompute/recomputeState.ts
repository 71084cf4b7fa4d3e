import type { Client } from '@hubspot/api-client';
import { paretoCutoffsSchema, portfolioTallySchema } from '@care-model/core';
import { recomputeRunSchema, type RecomputeRun } from '@care-model/contract';
import { z } from 'zod';
import { FunctionFailure } from '../client/toFunctionError';
import type { CrmRecord } from '../records/crmRecord';
import { writeSettingsRecord } from '../stores/portfolioSnapshot';
import { versionOf } from '../stores/readSettings';

/** The settings property that holds the in-app recompute between steps (decision 0018). */
export const recomputeRunProperty = 'care_recompute_run';

/** HubSpot's text properties hold 65,536 characters. */
const stateMaxChars = 60_000;

/** The run as stored: what the settings page sees, and where the next step goes on from. */
export const recomputeStateSchema = recomputeRunSchema.extend({
  /** The instant and time zone every step evaluates at: the run's start. */
  now: z.string(),
  timeZone: z.string(),
  /** The cursor of the phase's next page; null: the phase starts from the first page. */
  after: z.string().nullable(),
  /** Pareto mode's first pass: every known value amount so far (a class depends on amounts only). */
  amounts: z.array(z.number()),
  cutoffs: paretoCutoffsSchema.nullable(),
  /** New tasks per owner this run ('' = no owner), for the per-owner cap across pages. */
  tasksPerOwner: z.record(z.string(), z.number().int()),
  /** The home page's figures of the pages done, merged page by page into the snapshot. */
  tally: portfolioTallySchema.nullable(),
});
export type RecomputeState = z.infer<typeof recomputeStateSchema>;

/** The run stored on the settings record of `version`; null when none is, or it does not parse. */
export function storedRun(records: readonly CrmRecord[], version: number): RecomputeState | null {
  const record = records.find((r) => versionOf(r) === version);
  const text = record?.properties[recomputeRunProperty];
  if (!text) return null;
  try {
    const parsed = recomputeStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A settings-page run whose last step is more recent than this is under way (decision 0017). */
const stepGapMs = 2 * 60_000;

/** The settings page's run of `version` when it stepped lately and has not finished, else null. */
export function runUnderWay(
  records: readonly CrmRecord[],
  version: number,
  now: Date,
): RecomputeState | null {
  const state = storedRun(records, version);
  const record = records.find((r) => versionOf(r) === version);
  const stepped = Date.parse(record?.properties.hs_lastmodifieddate ?? '');
  const recent = Number.isFinite(stepped) && now.getTime() - stepped < stepGapMs;
  return state !== null && state.phase !== 'done' && recent ? state : null;
}

/** The part of the run the settings page shows. */
export function publicRun(state: RecomputeState): RecomputeRun {
  return recomputeRunSchema.parse(state);
}

/** Stores the run on the settings record of its config version (one PATCH). */
export async function saveRun(
  client: Client,
  state: RecomputeState,
  records: readonly CrmRecord[],
): Promise<void> {
  const text = JSON.stringify(state);
  if (text.length > stateMaxChars)
    // A HubSpot limit (a property's size) with the app's own words: the portal needs the runner.
    throw new FunctionFailure({
      code: 'hubspot_error',
      message: `This portal is too large for the in-app recompute (its state would take ${text.length} characters, ${state.amounts.length} value amounts; a HubSpot property keeps ${stateMaxChars}). Use \`care-model run\` (see the README).`,
    });
  await writeSettingsRecord(client, state.configVersion, { [recomputeRunProperty]: text }, records);
}
