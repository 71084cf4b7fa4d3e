import { portfolioSummary } from '@care-model/core';
import { fail, functionParams, ok } from '@care-model/contract';
import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import {
  called,
  companyCount,
  deadlineOf,
  readCompanyPages,
  companyPropertyNames,
  currentSettings,
  readSettingsRecords,
  snapshotProperties,
  latestSnapshot,
} from '@care-model/hubspot';
import { defineFunction } from './defineFunction';

/** 20 list pages of 100 fit one invocation under 190 calls per 10 s; larger portals read the snapshot. */
const livePages = 20;

/** Kept free of the 9 s budget after the live read: the answer comes within 7 s of the start (0012). */
const answerReserveMs = 2000;

const ownersSchema = z.object({
  results: z.array(
    z.object({ id: z.string(), firstName: z.string().nullish(), lastName: z.string().nullish() }),
  ),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});
/** Every owner's name, 500 a page (HubSpot's largest). */
async function ownerNames(client: Client): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  let after: string | undefined;
  do {
    const page = ownersSchema.parse(
      await called(client, 'safe', () =>
        client.crm.owners.ownersApi.getPage(undefined, after, 500),
      ),
    );
    for (const o of page.results)
      names[o.id] = [o.firstName, o.lastName].filter(Boolean).join(' ') || o.id;
    after = page.paging?.next?.after;
  } while (after !== undefined);
  return names;
}

/** The home page's aggregates: computed live for up to 2,000 companies, else the recompute's snapshot. */
export const main = defineFunction(functionParams.portfolio_summary, async (_params, env) => {
  const records = await readSettingsRecords(env.client, snapshotProperties);
  const settings = currentSettings(records);
  const { config } = settings;
  const timeZone = settings.savedTimeZone ?? env.timeZone ?? settings.timeZone;
  const [total, names] = await Promise.all([companyCount(env.client), ownerNames(env.client)]);
  if (total <= livePages * 100) {
    const deadline = deadlineOf(env.client) - answerReserveMs;
    const read = await readCompanyPages(
      env.client,
      companyPropertyNames(config),
      deadline,
      livePages,
    );
    if (read.complete) {
      const summary = portfolioSummary(read.companies, config, { now: env.now, timeZone });
      const asOf = env.now.toISOString();
      return ok({
        source: 'live',
        asOf,
        companies: read.companies.length,
        summary,
        config,
        ownerNames: names,
      });
    }
  }
  const snapshot = latestSnapshot(records);
  if (!snapshot)
    return fail({
      code: 'not_found',
      message: `${total} companies are too many to sum up live; run the portfolio recompute to store a snapshot.`,
    });
  const { asOf, companies, summary } = snapshot;
  return ok({ source: 'snapshot', asOf, companies, summary, config, ownerNames: names });
});
