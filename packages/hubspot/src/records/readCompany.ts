import type { Client } from '@hubspot/api-client';
import { readHubSpotError } from '../client/readHubSpotError';
import { FunctionFailure } from '../client/toFunctionError';
import { crmRecordSchema, type CrmRecord } from './crmRecord';
import { called } from '../client/callPolicy';

/** One company with the given properties and associations; a missing company is `not_found` on `companyId`. */
export async function readCompany(
  client: Client,
  companyId: string,
  properties: readonly string[],
  associations: readonly string[] = [],
): Promise<CrmRecord> {
  try {
    const answer = await called(client, 'safe', () =>
      client.crm.companies.basicApi.getById(
        companyId,
        [...properties],
        undefined,
        associations.length > 0 ? [...associations] : undefined,
      ),
    );
    return crmRecordSchema.parse(answer);
  } catch (caught) {
    if (readHubSpotError(caught)?.status === 404)
      throw new FunctionFailure({
        code: 'not_found',
        message: `HubSpot has no company ${companyId}.`,
        field: 'companyId',
      });
    throw caught;
  }
}

/** One PATCH with exactly the given properties; nothing is sent when there is nothing to write. */
export async function updateCompany(
  client: Client,
  companyId: string,
  properties: Readonly<Record<string, string>>,
): Promise<string[]> {
  const names = Object.keys(properties);
  if (names.length > 0)
    await called(client, 'safe', () =>
      client.crm.companies.basicApi.update(companyId, { properties: { ...properties } }),
    );
  return names;
}
