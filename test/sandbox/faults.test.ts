import { createSandbox, type FaultOptions } from '@care-model/sandbox';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { portalSeed } from '../functions/support/seeds';

const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };

async function statuses(faults: FaultOptions): Promise<number[]> {
  const sandbox = await createSandbox({
    seed: portalSeed,
    appProperties: propertyCatalog(defaultConfig),
    faults,
  });
  try {
    const result: number[] = [];
    for (let index = 0; index < 30; index += 1)
      result.push((await fetch(`${sandbox.url}/crm/v3/objects/companies/1`, { headers })).status);
    return result;
  } finally {
    await sandbox.close();
  }
}

describe('faults', () => {
  it('repeats the same statuses under the same seed', async () => {
    const options: FaultOptions = { share: 0.4, seed: 7, kinds: ['500', '502', '503'] };
    const first = await statuses(options);
    expect(first.filter((status) => status >= 500).length).toBeGreaterThan(3);
    expect(await statuses(options)).toEqual(first);
    expect(await statuses({ ...options, seed: 8 })).not.toEqual(first);
  });

  it('writes nothing on a fault before the write, and writes on an after-write fault', async () => {
    const before = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      faults: { share: 1, kinds: ['503'] },
    });
    const after = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      faults: { share: 1, kinds: ['after-write-500'] },
    });
    try {
      const body = JSON.stringify({ properties: { name: 'Ghost Oy' } });
      expect(
        (await fetch(`${before.url}/crm/v3/objects/companies`, { method: 'POST', headers, body }))
          .status,
      ).toBe(503);
      expect(
        (await fetch(`${after.url}/crm/v3/objects/companies`, { method: 'POST', headers, body }))
          .status,
      ).toBe(500);
      const names = (sandbox: typeof before) =>
        [...(sandbox.store.findType('companies')?.records.values() ?? [])].map(
          (record) => record.properties.name,
        );
      expect(names(before)).not.toContain('Ghost Oy');
      expect(names(after)).toContain('Ghost Oy');
    } finally {
      await before.close();
      await after.close();
    }
  });

  it('never answers a timeout fault until the client gives up', async () => {
    const sandbox = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      faults: { share: 1, kinds: ['timeout'] },
    });
    try {
      const call = fetch(`${sandbox.url}/crm/v3/objects/companies/1`, {
        headers,
        signal: AbortSignal.timeout(300),
      });
      await expect(call).rejects.toThrow();
      expect(sandbox.requestLog.entries()[0]).toMatchObject({
        fault: 'timeout',
        path: '/crm/v3/objects/companies/1',
      });
    } finally {
      await sandbox.close();
    }
  });
});
