import { Client } from '@hubspot/api-client';
import { createSandbox } from '@care-model/sandbox';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { portalSeed } from '../functions/support/seeds';

describe('rate limits like HubSpot', () => {
  it('answers a burst beyond the limit with 429 and the SDK retry recovers', async () => {
    const sandbox = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      rateLimit: { burst: 3, windowMs: 2000 },
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const raw = await Promise.all(
        Array.from({ length: 4 }, () =>
          fetch(`${sandbox.url}/crm/v3/objects/companies/1`, {
            headers: { authorization: 'Bearer t' },
          }),
        ),
      );
      const limited = raw.find((response) => response.status === 429);
      expect(await limited?.json()).toMatchObject({
        status: 'error',
        message: 'You have reached your ten_secondly_rolling limit.',
        errorType: 'RATE_LIMIT',
        policyName: 'TEN_SECONDLY_ROLLING',
        correlationId: expect.any(String),
      });
      expect(limited?.headers.get('x-hubspot-ratelimit-max')).toBe('3');
      expect(limited?.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
      expect(raw[0]?.headers.get('x-hubspot-ratelimit-daily-remaining')).toMatch(/^\d+$/);
      sandbox.requestLog.reset();
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const client = new Client({
        accessToken: 't',
        basePath: sandbox.url,
        numberOfApiCallRetries: 2,
      });
      const names = await Promise.all(
        Array.from({ length: 5 }, () => client.crm.companies.basicApi.getById('1', ['name'])),
      );
      expect(names.every((company) => company.properties.name === 'Kivelä Konepaja Oy')).toBe(true);
      expect(sandbox.requestLog.count({ status: 429 })).toBe(2);
      expect(sandbox.requestLog.count({ status: 200 })).toBe(5);
    } finally {
      await sandbox.close();
    }
  }, 20_000);

  it('limits searches per second with the message the SDK retries after 1 s', async () => {
    const sandbox = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      rateLimit: { burst: 100, searchPerSecond: 2 },
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const client = new Client({
        accessToken: 't',
        basePath: sandbox.url,
        numberOfApiCallRetries: 2,
      });
      const answers = await Promise.all(
        Array.from({ length: 3 }, () =>
          client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 }),
        ),
      );
      expect(answers.map((answer) => answer.total)).toEqual([3, 3, 3]);
      const limited = sandbox.requestLog.entries().filter((entry) => entry.status === 429);
      expect(limited).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });
});
