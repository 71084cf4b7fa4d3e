import { parseConfig, taskTypeIssues, timeZoneSchema } from '@care-model/core';
import { fail, functionParams, ok } from '@care-model/contract';
import { defineFunction } from './defineFunction';
import { settingsImpact } from './settingsImpact';
import { statedActor } from './statedActor';
import { readSettings, saveSettingsVersion } from '@care-model/hubspot';

/** Validates, refuses a stale version, writes version N+1; or only previews its impact (bounded reads). */
export const main = defineFunction(
  functionParams.save_settings,
  async (params, env) => {
    const parsed = parseConfig(params.config);
    if (!parsed.ok)
      return fail({
        code: 'config_invalid',
        message: parsed.issues[0]?.message ?? 'The settings are not valid.',
        field: parsed.issues[0]?.path,
        issues: parsed.issues,
      });
    const zone = timeZoneSchema.optional().safeParse(params.timeZone);
    if (!zone.success)
      return fail({ code: 'invalid_input', message: 'Unknown time zone.', field: 'timeZone' });
    const current = await readSettings(env.client);
    if (current.version !== params.expectedVersion)
      return fail({
        code: 'conflict',
        message: `Someone saved version ${current.version} meanwhile; reload the settings and edit again.`,
        field: 'expectedVersion',
      });
    const issues = taskTypeIssues(parsed.config, current.taskTypes);
    if (issues.length > 0)
      return fail({
        code: 'config_invalid',
        message: issues[0]?.message ?? 'A task type is not offered by this portal.',
        field: issues[0]?.path,
        issues,
      });
    const timeZone = zone.data ?? current.timeZone;
    if (params.previewOnly) {
      const impact = await settingsImpact(
        env.client,
        current.config,
        parsed.config,
        env.now,
        timeZone,
      );
      return ok({ saved: false, version: current.version, impact });
    }
    const version = current.version + 1;
    await saveSettingsVersion(env.client, {
      version,
      config: { ...parsed.config, version },
      timeZone,
      savedBy: statedActor(params.actor, 'settings page'),
      savedAt: env.now,
    });
    return ok({ saved: true, version });
  },
  { admin: true },
);
