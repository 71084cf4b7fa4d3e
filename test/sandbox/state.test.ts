import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@hubspot/api-client';
import { createSandbox } from '@care-model/sandbox';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { portalSeed } from '../functions/support/seeds';

let folder: string;
beforeAll(() => (folder = mkdtempSync(join(tmpdir(), 'sandbox-state-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('state file', () => {
  it('survives a restart on the same file', async () => {
    const statePath = join(folder, 'state.json');
    const first = await createSandbox({
      seed: portalSeed,
      appProperties: propertyCatalog(defaultConfig),
      statePath,
    });
    const client = new Client({ accessToken: 't', basePath: first.url });
    const created = await client.crm.companies.basicApi.create({
      properties: { name: 'Persisted Oy' },
      associations: [],
    });
    await client.crm.associations.v4.basicApi.createDefault('companies', created.id, 'deals', '9');
    await first.close();
    const second = await createSandbox({ seed: { companies: [] }, statePath });
    try {
      const again = new Client({ accessToken: 't', basePath: second.url });
      expect(
        (await again.crm.companies.basicApi.getById(created.id, ['name'])).properties.name,
      ).toBe('Persisted Oy');
      expect((await again.crm.companies.basicApi.getById('1', ['name'])).properties.name).toBe(
        'Kivelä Konepaja Oy',
      );
      const deals = await again.crm.associations.v4.basicApi.getPage(
        'companies',
        created.id,
        'deals',
      );
      expect(deals.results.map((result) => result.toObjectId)).toEqual([9]);
      const next = await again.crm.companies.basicApi.create({
        properties: { name: 'Next Oy' },
        associations: [],
      });
      expect(Number(next.id)).toBeGreaterThan(Number(created.id));
    } finally {
      await second.close();
    }
  });
});

describe('care-model sandbox (the CLI process)', () => {
  it('prints the listening line, answers, and stops on SIGTERM', async () => {
    const seedPath = join(folder, 'seed.json');
    writeFileSync(
      seedPath,
      JSON.stringify({ ...portalSeed, companies: portalSeed.companies?.slice(0, 2) }),
    );
    const child = spawn(
      process.execPath,
      [
        'packages/cli/bin/care-model.js',
        'sandbox',
        '--port',
        '0',
        '--seed',
        seedPath,
        '--rate-limit',
        '0',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('\n')) resolve(text.trim());
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      expect(line).toMatch(/^Sandbox listening on http:\/\/127\.0\.0\.1:\d+$/);
      const url = line.replace('Sandbox listening on ', '');
      const client = new Client({ accessToken: 't', basePath: url });
      expect((await client.crm.companies.basicApi.getById('2', ['name'])).properties.name).toBe(
        'Nordic Freight Ltd',
      );
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  }, 20_000);

  it('refuses a bad seed file naming the record and the field', async () => {
    const seedPath = join(folder, 'bad.json');
    writeFileSync(
      seedPath,
      JSON.stringify({ deals: [{}, {}, {}, { id: '9', properties: { amount: 'abc' } }] }),
    );
    const child = spawn(
      process.execPath,
      ['packages/cli/bin/care-model.js', 'sandbox', '--port', '0', '--seed', seedPath],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).not.toBe(0);
    expect(stderr).toContain('deals[0]');
  }, 20_000);
});
