import { request } from 'node:http';
import path from 'node:path';
import { startPreview, type Preview } from '@care-model/preview';
import { createSandbox, type Sandbox } from '@care-model/sandbox';
import { z } from 'zod';

const srcDir = path.join(__dirname, 'fixture/src');
let sandbox: Sandbox;
let preview: Preview;

beforeAll(async () => {
  sandbox = await createSandbox({
    seed: {
      owners: [
        { id: '7', email: 'aino@example.com', firstName: 'Aino', lastName: 'Virtanen', userId: 70 },
      ],
      companies: [
        {
          id: '1',
          properties: { name: 'Arctic Oy', domain: 'arctic.example', hubspot_owner_id: '7' },
        },
        { id: '2', properties: { name: 'Baltic AB', domain: 'baltic.example' } },
      ],
    },
  });
  preview = await startPreview({ sandboxUrl: sandbox.url, token: 'test', srcDir });
}, 180_000);

afterAll(async () => {
  await preview?.close();
  await sandbox?.close();
});

const companyList = z.object({
  companies: z.array(
    z.object({ id: z.string(), name: z.string(), ownerName: z.string().nullable() }),
  ),
});
const listCompanies = async (query = '') =>
  companyList.parse(await (await fetch(`${preview.url}/api/companies?query=${query}`)).json())
    .companies;

const post = (name: string, body: unknown) =>
  fetch(`${preview.url}/api/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the preview server', () => {
  it('serves the built page on loopback, for any page route', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const page = await fetch(`${preview.url}/company/1`);
    expect(page.headers.get('content-type')).toContain('text/html');
    const script = /src="\/(assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    const bundle = await fetch(`${preview.url}/${script}`);
    expect(bundle.headers.get('content-type')).toContain('javascript');
  });

  it('lists and searches the sandbox companies with their owners', async () => {
    const all = await listCompanies();
    expect(all.map((c) => c.name)).toEqual(['Arctic Oy', 'Baltic AB']);
    expect(all[0]?.ownerName).toBe('Aino Virtanen');
    expect((await listCompanies('baltic')).map((c) => c.id)).toEqual(['2']);
  });

  it('runs a function bundle with its parameters, the record properties it asked for and the sandbox as HubSpot', async () => {
    const answer = await post('echo', {
      parameters: { n: 1 },
      propertiesToSend: ['name'],
      objectId: '1',
    });
    expect(await answer.json()).toEqual({
      ok: true,
      data: { parameters: { n: 1 }, propertiesToSend: { name: 'Arctic Oy' }, hubspot: sandbox.url },
    });
  });

  it('answers a missing, misnamed or crashing function as an error the card sees', async () => {
    expect((await post('nope', {})).status).toBe(404);
    expect((await post('../etc', {})).status).toBe(404);
    expect((await post('Bad-Name', {})).status).toBe(400);
    const crash = await post('crash', {});
    expect(crash.status).toBe(500);
    expect(await crash.json()).toEqual({ message: 'crash failed: boom' });
  });

  describe('refuses other host names (DNS rebinding)', () => {
    /** A raw request, so the Host header is exactly the one given. */
    const statusOf = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(`${preview.url}/api/companies`);
        const sent = request(
          { host: url.hostname, port: url.port, path: url.pathname, headers },
          (answer) => {
            answer.resume();
            resolve(answer.statusCode ?? 0);
          },
        );
        sent.on('error', reject);
        sent.end();
      });
    const port = () => new URL(preview.url).port;

    it.each([
      ['a foreign Host', () => ({ host: `attacker.example:${port()}` })],
      [
        'a foreign Origin',
        () => ({ host: `127.0.0.1:${port()}`, origin: 'http://attacker.example' }),
      ],
      ['a null Origin', () => ({ host: `127.0.0.1:${port()}`, origin: 'null' })],
      ['a look-alike Host', () => ({ host: `127.0.0.1.attacker.example:${port()}` })],
    ])('%s → 403', async (_label, headers) => {
      expect(await statusOf(headers())).toBe(403);
    });

    it.each([
      ['127.0.0.1', () => ({ host: `127.0.0.1:${port()}` })],
      [
        'localhost with its Origin',
        () => ({ host: `localhost:${port()}`, origin: `http://localhost:${port()}` }),
      ],
      ['[::1]', () => ({ host: `[::1]:${port()}` })],
    ])('%s → answered', async (_label, headers) => {
      expect(await statusOf(headers())).toBe(200);
    });
  });
});
