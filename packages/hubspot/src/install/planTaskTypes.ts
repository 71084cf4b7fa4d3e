import type { Client } from '@hubspot/api-client';
import { portalTaskTypes } from '@care-model/core';
import { z } from 'zod';
import type { InstallStep } from './installStep';
import { readHubSpotError } from '../client/readHubSpotError';
import { FunctionFailure } from '../client/toFunctionError';
import type { CrmRecord } from '../records/crmRecord';
import { settingsObject, settingsSchema } from '../stores/customObjectSchemas';
import { readSettingsRecords, versionOf } from '../stores/readSettings';

const taskTypePropertySchema = z.object({ options: z.array(z.object({ value: z.string() })) });

/** The settings records, none where the settings object does not exist yet. */
export async function settingsRecords(client: Client): Promise<CrmRecord[]> {
  try {
    return await readSettingsRecords(client);
  } catch (caught) {
    if (caught instanceof FunctionFailure && caught.error.code === 'not_installed') return [];
    throw caught;
  }
}

/** The portal's `hs_task_type` option values (one call). */
export async function readTaskTypeOptions(client: Client): Promise<string[]> {
  const property = taskTypePropertySchema.parse(
    await client.crm.properties.coreApi.getByName('tasks', 'hs_task_type'),
  );
  return property.options.map((option) => option.value);
}

/**
 * Plans to store the portal's task types on the version-0 settings record when they differ from
 * what an earlier install stored (decision 0016).
 */
export function planTaskTypes(
  client: Client,
  options: readonly string[],
  records: readonly CrmRecord[],
): InstallStep[] {
  const text = options.join(';');
  const stored = records.find((record) => versionOf(record) === 0);
  if (stored?.properties.care_task_types === text) return [];
  const properties = { care_task_types: text };
  const update = () =>
    client.crm.objects.basicApi.update(settingsObject, '0', { properties }, 'care_config_version');
  const create = () =>
    client.crm.objects.basicApi
      .create(settingsObject, {
        properties: {
          ...properties,
          care_settings_name: 'Care model settings v0',
          care_config_version: '0',
        },
        associations: [],
      })
      // Written meanwhile (or by an attempt whose answer was lost): the unique version says so.
      .catch((caught: unknown) => {
        if (readHubSpotError(caught)?.status === 409) return update();
        throw caught;
      });
  return [
    {
      change: {
        kind: 'record_task_types',
        objectType: settingsSchema.name,
        name: 'care_task_types',
        detail: portalTaskTypes(options).join(', '),
      },
      apply: stored ? update : create,
    },
  ];
}
