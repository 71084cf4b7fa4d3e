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
    care_portfolio_snapshot: JSON.stringify({ ...snapshot, asOf: snapshot.asOf.toISOString() }),
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
