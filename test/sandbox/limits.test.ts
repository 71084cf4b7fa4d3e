import { createManualTimer, createSandbox, type Sandbox } from '@care-model/sandbox';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { portalSeed } from '../functions/support/seeds';

const auth = { authorization: 'Bearer t' };

async function limitedSandbox(
  rateLimit: NonNullable<Parameters<typeof createSandbox>[0]>['rateLimit'],
) {
  const timer = createManualTimer({ start: Date.UTC(2026, 10, 1) });
  const sandbox = await createSandbox({
    seed: portalSeed,
    appProperties: propertyCatalog(defaultConfig),
    rateLimit,
    timer,
  });
  return { sandbox, timer };
}

const search = (sandbox: Sandbox) =>
  fetch(`${sandbox.url}/crm/v3/objects/companies/search`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ filterGroups: [], limit: 1 }),
  });

describe('rate limits like HubSpot, on the sandbox timer (no sleeps)', () => {
  it('answers a burst beyond the limit with 429 until the window has passed', async () => {
    const { sandbox, timer } = await limitedSandbox({ burst: 3, windowMs: 2000 });
    try {
      const get = () => fetch(`${sandbox.url}/crm/v3/objects/companies/1`, { headers: auth });
      const raw = await Promise.all(Array.from({ length: 4 }, get));
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
      timer.advance(1999);
      expect((await get()).status).toBe(429);
      timer.advance(1);
      const after = await Promise.all(Array.from({ length: 3 }, get));
      expect(after.map((response) => response.status)).toEqual([200, 200, 200]);
    } finally {
      await sandbox.close();
    }
  });

  it('limits searches per second with the message the SDK retries after 1 s', async () => {
    const { sandbox, timer } = await limitedSandbox({ burst: 100, searchPerSecond: 2 });
    try {
      const first = await Promise.all([search(sandbox), search(sandbox), search(sandbox)]);
      expect(first.map((response) => response.status).sort()).toEqual([200, 200, 429]);
      const limited = first.find((response) => response.status === 429);
      expect(await limited?.json()).toMatchObject({
        message: 'You have reached your secondly limit.',
        policyName: 'SECONDLY',
      });
      timer.advance(1000);
      expect((await search(sandbox)).status).toBe(200);
    } finally {
      await sandbox.close();
    }
  });

  it('defaults the search limit to 5 per second and can turn it off', async () => {
    const on = await limitedSandbox({ burst: 100 });
    const off = await limitedSandbox({ burst: 100, searchPerSecond: false });
    try {
      const six = (sandbox: Sandbox) =>
        Promise.all(Array.from({ length: 6 }, () => search(sandbox)));
      expect((await six(on.sandbox)).filter((response) => response.status === 429)).toHaveLength(1);
      expect((await six(off.sandbox)).every((response) => response.status === 200)).toBe(true);
    } finally {
      await on.sandbox.close();
      await off.sandbox.close();
    }
  });
});
