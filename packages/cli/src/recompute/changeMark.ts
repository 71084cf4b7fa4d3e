import type { CliClient } from '../hubspot/cliClient';
import { sortBy } from '../hubspot/searchWindow';
import { z } from 'zod';
import { crmRecordSchema } from '@care-model/hubspot';

/** Search shows a write only after a few seconds (HubSpot's index lag); the cursor keeps this much. */
export const overlapMs = 2 * 60_000;

const latestSchema = z.object({ total: z.number().int(), results: z.array(crmRecordSchema) });
const headersSchema = z.record(z.string(), z.string());

/** The portal's clock before a run reads anything, and its company count. */
export interface ChangeMark {
  /** Portal time, not ours: the answer's `Date` header, else the latest modification. */
  atMs: number;
  companies: number;
}

/** A HubSpot datetime value (ISO or epoch ms) in epoch ms; 0 when absent. */
export const instantMs = (value: string | null | undefined) => {
  if (!value) return 0;
  const ms = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(ms) ? ms : 0;
};

/** One search: the most recently modified company, with the portal's count and its `Date` header. */
export async function changeMark(cli: CliClient): Promise<ChangeMark> {
  const answer = await cli.search((client) =>
    client.crm.objects.searchApi.doSearchWithHttpInfo('companies', {
      filterGroups: [],
      sorts: sortBy('hs_lastmodifieddate', 'DESCENDING'),
      properties: ['hs_lastmodifieddate'],
      limit: 1,
    }),
  );
  const page = latestSchema.parse(answer.data);
  const headers = headersSchema.safeParse(answer.headers);
  const date = headers.success ? Date.parse(headers.data.date ?? '') : Number.NaN;
  const latest = instantMs(page.results[0]?.properties.hs_lastmodifieddate);
  return { atMs: Number.isFinite(date) ? date : latest, companies: page.total };
}
