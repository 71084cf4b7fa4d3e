import type { Client } from '@hubspot/api-client';
import {
  defaultConfig,
  defaultTimeZone,
  parseConfig,
  portalTaskTypes,
  taskTypes,
  timeZoneSchema,
  withTaskTypes,
  type CareConfig,
  type TaskType,
} from '@care-model/core';
import type { SettingsVersion } from '@care-model/contract';
import { readHubSpotError } from '../client/readHubSpotError';
import { FunctionFailure } from '../client/toFunctionError';
import { called, outcomeUnknown } from '../client/callPolicy';
import { settingsObject } from './customObjectSchemas';
import { crmRecordSchema, pageSchema, type CrmRecord } from '../records/crmRecord';

const settingsProperties = [
  'care_config_version',
  'care_config_json',
  'care_time_zone',
  'care_task_types',
  'care_saved_by',
  'care_saved_at',
];
export const snapshotProperties = ['care_portfolio_snapshot', 'care_snapshot_at'];

/** The config in force, its version and the portal's time zone; version 0 = the defaults, never saved. */
export interface CurrentSettings extends SettingsVersion {
  config: CareConfig;
  timeZone: string;
  /** The time zone saved with the settings; null before a save from a portal. */
  savedTimeZone: string | null;
  history: SettingsVersion[];
  /** The task types the portal offers, as the install read them (the documented ones before that). */
  taskTypes: TaskType[];
  records: CrmRecord[];
}

/** HubSpot answers 400 "Unable to infer object type" for an object type the portal does not have. */
function notInstalled(caught: unknown): boolean {
  const answered = readHubSpotError(caught);
  if (!answered) return false;
  const { status, message } = answered;
  return status === 404 || (status === 400 && /infer object type/i.test(message ?? ''));
}

/** Every settings record, with the list endpoint (search lags behind writes; decision 0006). */
export async function readSettingsRecords(
  client: Client,
  extraProperties: readonly string[] = [],
): Promise<CrmRecord[]> {
  const records: CrmRecord[] = [];
  let after: string | undefined;
  try {
    do {
      const page = pageSchema.parse(
        await called(client, 'safe', () =>
          client.crm.objects.basicApi.getPage(settingsObject, 100, after, [
            ...settingsProperties,
            ...extraProperties,
          ]),
        ),
      );
      records.push(...page.results);
      after = page.paging?.next?.after;
    } while (after !== undefined);
  } catch (caught) {
    if (!notInstalled(caught)) throw caught;
    throw new FunctionFailure({
      code: 'not_installed',
      message: 'The care model is not installed in this portal yet: run "Install / repair fields".',
    });
  }
  return records;
}

export const versionOf = (record: CrmRecord): number =>
  Number(record.properties.care_config_version ?? 'NaN');

function versionEntry(record: CrmRecord): SettingsVersion {
  return {
    version: versionOf(record),
    savedAt: record.properties.care_saved_at || null,
    savedBy: record.properties.care_saved_by || null,
  };
}

function storedConfig(record: CrmRecord): CareConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(record.properties.care_config_json ?? '{}');
  } catch {
    raw = undefined;
  }
  const parsed = raw === undefined ? null : parseConfig(raw);
  if (parsed?.ok) return { ...parsed.config, version: versionOf(record) };
  throw new FunctionFailure({
    code: 'config_invalid',
    message: `The stored settings (version ${versionOf(record)}) no longer validate; save them again.`,
    issues: parsed && !parsed.ok ? parsed.issues : [{ path: '(config)', message: 'Not JSON.' }],
  });
}

/** What the install stored of the portal's `hs_task_type` options; null before it did. */
export function learnedTaskTypes(records: readonly CrmRecord[]): TaskType[] | null {
  const text = records.find((record) => versionOf(record) === 0)?.properties.care_task_types;
  return text ? portalTaskTypes(text.split(';')) : null;
}

/** The highest saved version wins, its task types the portal's (0016); history lists every version, newest first. */
export function currentSettings(records: CrmRecord[]): CurrentSettings {
  const versions = records
    .filter((record) => Number.isInteger(versionOf(record)) && versionOf(record) > 0)
    .sort((a, b) => versionOf(b) - versionOf(a));
  const latest = versions[0];
  const base = latest
    ? { ...versionEntry(latest), config: storedConfig(latest) }
    : { version: 0, savedAt: null, savedBy: null, config: defaultConfig };
  const zone = timeZoneSchema.safeParse(latest?.properties.care_time_zone);
  const portalTypes = learnedTaskTypes(records) ?? [...taskTypes];
  return {
    ...base,
    config: withTaskTypes(base.config, portalTypes),
    timeZone: zone.success ? zone.data : defaultTimeZone,
    savedTimeZone: zone.success ? zone.data : null,
    history: versions.map(versionEntry),
    taskTypes: portalTypes,
    records,
  };
}

/** Reads the settings in one call (for up to 100 saved versions). */
export async function readSettings(client: Client): Promise<CurrentSettings> {
  return currentSettings(await readSettingsRecords(client));
}

/** When version N was saved, read by its unique version; null when it does not exist. */
async function savedVersion(client: Client, version: number): Promise<string | null> {
  try {
    const answer = await called(client, 'safe', () =>
      client.crm.objects.basicApi.getById(
        settingsObject,
        String(version),
        ['care_saved_at'],
        undefined,
        undefined,
        false,
        'care_config_version',
      ),
    );
    return crmRecordSchema.parse(answer).properties.care_saved_at ?? '';
  } catch (caught) {
    if (readHubSpotError(caught)?.status === 404) return null;
    throw caught;
  }
}

/**
 * Creates the record of version N; HubSpot's unique version check refuses a concurrent N (0006).
 * After an unknown outcome the version is read back: saved by this call, by another, or not at all.
 */
export async function saveSettingsVersion(
  client: Client,
  entry: { version: number; config: CareConfig; timeZone: string; savedBy: string; savedAt: Date },
): Promise<void> {
  const properties = {
    care_settings_name: `Care model settings v${entry.version}`,
    care_config_version: String(entry.version),
    care_config_json: JSON.stringify(entry.config),
    care_time_zone: entry.timeZone,
    care_saved_by: entry.savedBy,
    care_saved_at: entry.savedAt.toISOString(),
  };
  const refused = () =>
    new FunctionFailure({
      code: 'conflict',
      message: `Someone else saved version ${entry.version} first; reload the settings and edit again.`,
      field: 'expectedVersion',
    });
  const create = () =>
    called(client, 'create', () =>
      client.crm.objects.basicApi.create(settingsObject, { properties, associations: [] }),
    ).catch((caught: unknown) => {
      throw readHubSpotError(caught)?.status === 409 ? refused() : caught;
    });
  try {
    await create();
  } catch (caught) {
    if (!outcomeUnknown(caught)) throw caught;
    const saved = await savedVersion(client, entry.version);
    if (saved === null) await create();
    else if (saved !== properties.care_saved_at) throw refused();
  }
}
