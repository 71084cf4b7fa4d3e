import {
  prop,
  readText,
  type CareView,
  type CompanyInput,
  type EvaluationContext,
} from '@care-model/core';
import type { CareViewData } from '@care-model/contract';
import type { Client } from '@hubspot/api-client';
import { readCompany } from './readCompany';
import { companyPropertyNames } from './companyPropertyNames';
import { readClosedWonDeals } from './readClosedWonDeals';
import { allAssociatedIds } from './associationIds';
import type { CrmRecord } from './crmRecord';
import { readSettings, type CurrentSettings } from '../stores/readSettings';
import { readTasks } from '../tasks/readTasks';

/** The portal a read or write talks to, and the instant it acts at. */
export interface PortalEnv {
  client: Client;
  now: Date;
  /** The portal's time zone as the extension context gives it; the saved settings' wins. */
  timeZone?: string;
}

/** Everything one company's evaluation needs, as read from HubSpot. */
export interface CompanyContext {
  settings: CurrentSettings;
  company: CrmRecord;
  input: CompanyInput;
  ctx: EvaluationContext;
}

/**
 * The live inputs of one company: its properties, its closed-won deals (summed fresh, never the stored
 * `care_value_amount`, so no write puts a stale value back) and its tasks.
 * Calls: settings, company, then deals and tasks together (each when it has any).
 */
export async function readCompanyContext(
  env: PortalEnv,
  companyId: string,
): Promise<CompanyContext> {
  const settings = await readSettings(env.client);
  const { config } = settings;
  const dealsMode = config.value.source.mode === 'deals';
  const company = await readCompany(
    env.client,
    companyId,
    companyPropertyNames(config),
    dealsMode ? ['deals', 'tasks'] : ['tasks'],
  );
  // A record read lists 100 associations per type; a company with more is read with the v4 API.
  const [dealIds, taskIds] = await Promise.all([
    dealsMode ? allAssociatedIds(env.client, 'companies', company, 'deals') : [],
    allAssociatedIds(env.client, 'companies', company, 'tasks'),
  ]);
  const [deals, tasks] = await Promise.all([
    dealIds.length > 0 ? readClosedWonDeals(env.client, dealIds) : [],
    taskIds.length > 0 ? readTasks(env.client, taskIds) : [],
  ]);
  return {
    settings,
    company,
    input: { id: company.id, properties: company.properties, deals, tasks },
    ctx: { now: env.now, timeZone: settings.savedTimeZone ?? env.timeZone ?? settings.timeZone },
  };
}

/** The answer of every company function: who the company is, the config, the core's view. */
export function careViewData(context: CompanyContext, view: CareView): CareViewData {
  const { properties } = context.company;
  // The input's properties include what a write just set (writeView merges them in).
  const setBy = view.classification.override
    ? prop(context.input.properties, 'care_override_set_by', readText)
    : null;
  return {
    company: {
      id: context.company.id,
      name: prop(properties, 'name', readText),
      ownerId: prop(properties, 'hubspot_owner_id', readText),
      ownerName: null,
    },
    config: context.settings.config,
    view,
    timeZone: context.ctx.timeZone,
    // HubSpot's property history would also tell when; reading it costs a call, so `at` stays unknown.
    overrideSetBy: setBy === null ? null : { name: setBy, at: null },
    valueClassFromRecompute: context.settings.config.value.classes.mode === 'pareto',
  };
}
