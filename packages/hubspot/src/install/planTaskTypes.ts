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

async function settingsRecords(client: Client): Promise<CrmRecord[]> {
  try {
    return await readSettingsRecords(client);
  } catch (caught) {
    if (caught instanceof FunctionFailure && caught.error.code === 'not_installed') return [];
    throw caught;
  }
}

/**
 * Reads the portal's `hs_task_type` options (2 calls at once) and plans to store them on the
 * version-0 settings record when they differ from what an earlier install stored (decision 0016).
 */
export async function planTaskTypes(client: Client): Promise<InstallStep[]> {
  const [property, records] = await Promise.all([
    client.crm.properties.coreApi
      .getByName('tasks', 'hs_task_type')
      .then((answer) => taskTypePropertySchema.parse(answer)),
    settingsRecords(client),
  ]);
  const text = property.options.map((option) => option.value).join(';');
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
        detail: portalTaskTypes(text.split(';')).join(', '),
      },
      apply: stored ? update : create,
    },
  ];
}
