import type { Client } from '@hubspot/api-client';
import type { DealInput } from '@care-model/core';
import { batchAnswerSchema, chunks } from './crmRecord';
import { called } from '../client/callPolicy';

const dealProperties = ['amount', 'amount_in_home_currency', 'closedate', 'hs_is_closed_won'];

/** `amount` in the portal's currency (a deal's own `amount` may be in another); HubSpot's own when it has none. */
function inHomeCurrency(properties: Record<string, string | null>): Record<string, string | null> {
  const home = properties.amount_in_home_currency;
  return home === null || home === undefined || home === ''
    ? properties
    : { ...properties, amount: home };
}

/** The closed-won deals among `ids` (one batch read per 100 deals). */
export async function readClosedWonDeals(
  client: Client,
  ids: readonly string[],
): Promise<DealInput[]> {
  const pages = await Promise.all(
    chunks(ids).map(async (part) =>
      batchAnswerSchema.parse(
        await called(client, 'safe', () =>
          client.crm.deals.batchApi.read({
            inputs: part.map((id) => ({ id })),
            properties: dealProperties,
            propertiesWithHistory: [],
          }),
        ),
      ),
    ),
  );
  return pages
    .flatMap((page) => page.results)
    .filter((deal) => deal.properties.hs_is_closed_won === 'true')
    .map(({ id, properties }) => ({ id, properties: inHomeCurrency(properties) }));
}
