import { createSandbox } from '@care-model/sandbox';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { portalSeed } from '../functions/support/seeds';

const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };

describe('targeted faults and logged bodies', () => {
  it('faults only matching requests, at most `limit` times', async () => {
    const sandbox = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      faults: {
        share: 1,
        kinds: ['503'],
        match: { method: 'PATCH', path: '^/crm/v3/objects/companies/' },
        limit: 1,
      },
    });
    try {
      const get = () => fetch(`${sandbox.url}/crm/v3/objects/companies/1`, { headers });
      const patch = () =>
        fetch(`${sandbox.url}/crm/v3/objects/companies/1`, {
          method: 'PATCH',
          headers,
          body: JSON.stringify({ properties: { industry: 'RETAIL' } }),
        });
      expect((await get()).status).toBe(200);
      expect((await patch()).status).toBe(503);
      expect((await patch()).status).toBe(200);
      expect(sandbox.requestLog.entries().at(-1)?.body).toEqual({
        properties: { industry: 'RETAIL' },
      });
    } finally {
      await sandbox.close();
    }
  });

  it('batch-partial processes the first half and answers 207 with an error per dropped input', async () => {
    const sandbox = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      faults: { share: 1, kinds: ['batch-partial'], match: { path: '/batch/create$' } },
    });
    try {
      const inputs = ['A', 'B', 'C', 'D'].map((name) => ({ properties: { name } }));
      const answer = await fetch(`${sandbox.url}/crm/v3/objects/companies/batch/create`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ inputs }),
      });
      const body: unknown = await answer.json();
      expect(answer.status).toBe(207);
      expect(body).toMatchObject({ numErrors: 2, results: [{}, {}] });
      const names = [...(sandbox.store.findType('companies')?.records.values() ?? [])].map(
        (record) => record.properties.name,
      );
      expect(names).toEqual(expect.arrayContaining(['A', 'B']));
      expect(names).not.toContain('C');
    } finally {
      await sandbox.close();
    }
  });
});
