import type { Client } from '@hubspot/api-client';
import { portfolioSummarySchema } from '@care-model/contract';
import type { PortfolioSummary } from '@care-model/core';
import { z } from 'zod';
import { settingsObject } from './customObjectSchemas';
import type { CrmRecord } from '../records/crmRecord';
import { versionOf } from './readSettings';
import { readHubSpotError } from '../client/readHubSpotError';
import { changeCursorSchema, type ChangeCursor } from './changeCursor';

/** The portfolio recompute's summary, kept on the settings record of the config it used (0008). */
export const portfolioSnapshotSchema = z.object({
  asOf: z.string(),
  companies: z.number().int().nonnegative(),
  configVersion: z.number().int().nonnegative(),
  summary: portfolioSummarySchema,
  /** Where the next incremental CLI run starts; absent after an in-app recompute. */
  cursor: changeCursorSchema.optional(),
});
export type PortfolioSnapshot = z.infer<typeof portfolioSnapshotSchema>;

/** A snapshot as a run makes it. */
export interface SnapshotInput {
  asOf: Date;
  companies: number;
  configVersion: number;
  summary: PortfolioSummary;
  cursor?: ChangeCursor;
}

/** HubSpot's text properties hold 65,536 characters; the margin is for owners added between runs. */
export const snapshotMaxChars = 60_000;

/** The stored JSON of a snapshot; throws, naming the size, rather than let HubSpot refuse or cut it. */
export function snapshotText(snapshot: SnapshotInput): string {
  const text = JSON.stringify({ ...snapshot, asOf: snapshot.asOf.toISOString() });
  if (text.length > snapshotMaxChars)
    throw new RangeError(
      `The portfolio snapshot would take ${text.length} characters; a HubSpot property keeps ${snapshotMaxChars} with margin (${snapshot.summary.owners.rows.length} owner rows).`,
    );
  return text;
}

/** The newest readable snapshot among the settings records, if any. */
export function latestSnapshot(records: readonly CrmRecord[]): PortfolioSnapshot | null {
  const snapshots = records.flatMap((record) => {
    let raw: unknown;
    try {
      raw = JSON.parse(record.properties.care_portfolio_snapshot ?? '');
    } catch {
      return [];
    }
    const parsed = portfolioSnapshotSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return snapshots.sort((a, b) => Date.parse(b.asOf) - Date.parse(a.asOf))[0] ?? null;
}

/**
 * Writes properties on the settings record of a config version (one PATCH by the unique version);
 * with no saved version (the defaults) it creates the version-0 record.
 */
export async function writeSettingsRecord(
  client: Client,
  version: number,
  properties: Record<string, string>,
  records: readonly CrmRecord[],
): Promise<void> {
  const update = () =>
    client.crm.objects.basicApi.update(
      settingsObject,
      String(version),
      { properties },
      'care_config_version',
    );
  if (records.some((record) => versionOf(record) === version)) {
    await update();
    return;
  }
  try {
    await client.crm.objects.basicApi.create(settingsObject, {
      properties: {
        ...properties,
        care_settings_name: `Care model settings v${version}`,
        care_config_version: String(version),
      },
      associations: [],
    });
  } catch (caught) {
    // Created meanwhile by another call (the version is unique): write on that record.
    if (readHubSpotError(caught)?.status !== 409) throw caught;
    await update();
  }
}

/** Stores a snapshot on the record of its config version, for the portfolio recompute. */
export async function saveSnapshot(
  client: Client,
  snapshot: SnapshotInput,
  records: readonly CrmRecord[],
): Promise<void> {
  const body = {
    care_portfolio_snapshot: snapshotText(snapshot),
    care_snapshot_at: snapshot.asOf.toISOString(),
  };
  await writeSettingsRecord(client, snapshot.configVersion, body, records);
}
