import type { Client } from '@hubspot/api-client';
import { portfolioSummarySchema } from '@care-model/contract';
import type { PortfolioSummary } from '@care-model/core';
import { z } from 'zod';
import { settingsObject } from './customObjectSchemas';
import type { CrmRecord } from '../records/crmRecord';
import { versionOf } from './readSettings';

/** The portfolio recompute's summary, kept on the settings record of the config it used (0008). */
export const portfolioSnapshotSchema = z.object({
  asOf: z.string(),
  companies: z.number().int().nonnegative(),
  configVersion: z.number().int().nonnegative(),
  summary: portfolioSummarySchema,
});
export type PortfolioSnapshot = z.infer<typeof portfolioSnapshotSchema>;

/** HubSpot's text properties hold 65,536 characters; the margin is for owners added between runs. */
export const snapshotMaxChars = 60_000;

/** The stored JSON of a snapshot; throws, naming the size, rather than let HubSpot refuse or cut it. */
export function snapshotText(snapshot: {
  asOf: Date;
  companies: number;
  configVersion: number;
  summary: PortfolioSummary;
}): string {
  const text = JSON.stringify({ ...snapshot, asOf: snapshot.asOf.toISOString() });
  if (text.length > snapshotMaxChars)
    throw new Error(
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
 * Stores a snapshot on the record of its config version (one PATCH by the unique version); with no
 * saved version (the defaults) it creates the version-0 record. For the portfolio recompute.
 */
export async function saveSnapshot(
  client: Client,
  snapshot: { asOf: Date; companies: number; configVersion: number; summary: PortfolioSummary },
  records: readonly CrmRecord[],
): Promise<void> {
  const body = {
    care_portfolio_snapshot: snapshotText(snapshot),
    care_snapshot_at: snapshot.asOf.toISOString(),
  };
  if (records.some((record) => versionOf(record) === snapshot.configVersion)) {
    await client.crm.objects.basicApi.update(
      settingsObject,
      String(snapshot.configVersion),
      { properties: body },
      'care_config_version',
    );
    return;
  }
  await client.crm.objects.basicApi.create(settingsObject, {
    properties: {
      ...body,
      care_settings_name: `Care model settings v${snapshot.configVersion}`,
      care_config_version: String(snapshot.configVersion),
    },
    associations: [],
  });
}
