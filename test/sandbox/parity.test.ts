import { AssociationTypes, type Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import { createManualTimer, type Sandbox } from '@care-model/sandbox';
import { failure, startSandbox } from './sandboxClient';

const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };
const post = (sandbox: Sandbox, path: string, body: unknown) =>
  fetch(`${sandbox.url}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });

let sandbox: Sandbox;
let client: Client;
beforeAll(async () => ({ sandbox, client } = await startSandbox()));
afterAll(() => sandbox.close());

describe('what HubSpot answers on reads', () => {
  it('adds hs_object_id, createdate and hs_lastmodifieddate to every read, search and batch read', async () => {
    const always = ['createdate', 'hs_lastmodifieddate', 'hs_object_id'];
    const found = await client.crm.companies.searchApi.doSearch({
      filterGroups: [{ filters: [{ propertyName: 'name', operator: 'HAS_PROPERTY' as never }] }],
      properties: ['name'],
      limit: 1,
    });
    expect(Object.keys(found.results[0]?.properties ?? {}).sort()).toEqual(
      [...always, 'name'].sort(),
    );
    const batch = await client.crm.deals.batchApi.read({
      inputs: [{ id: '9' }],
      properties: ['amount'],
      propertiesWithHistory: [],
    });
    expect(Object.keys(batch.results[0]?.properties ?? {}).sort()).toEqual(
      ['amount', ...always].sort(),
    );
  });

  it('uses the association type ids of the SDK enum', async () => {
    const spec = (associationTypeId: number) => ({
      associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
      associationTypeId,
    });
    const task = await client.crm.objects.tasks.basicApi.create({
      properties: { hs_timestamp: '2026-12-01T09:00:00.000Z', hs_task_subject: 'Call' },
      associations: [
        { to: { id: '9' }, types: [spec(AssociationTypes.taskToDeal)] },
        { to: { id: '1' }, types: [spec(AssociationTypes.taskToCompany)] },
      ],
    });
    const fromDeal = await client.crm.associations.v4.basicApi.getPage('deals', '9', 'tasks');
    expect(fromDeal.results).toEqual([
      expect.objectContaining({
        toObjectId: Number(task.id),
        associationTypes: [expect.objectContaining({ typeId: AssociationTypes.dealToTask })],
      }),
    ]);
    const fromCompany = await client.crm.associations.v4.basicApi.getPage(
      'companies',
      '1',
      'deals',
    );
    expect(fromCompany.results[0]?.associationTypes).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: AssociationTypes.companyToDeal, label: null },
    ]);
    expect([AssociationTypes.dealToNote, AssociationTypes.noteToDeal]).toEqual([213, 214]);
    expect([AssociationTypes.dealToCompany, AssociationTypes.companyToDeal]).toEqual([341, 342]);
  });

  it('pages associations at 100 on a record read and up to 500 in the v4 API', async () => {
    const company = await client.crm.companies.basicApi.create({
      properties: { name: 'Many Tasks Oy' },
      associations: [],
    });
    for (let batch = 0; batch < 2; batch += 1) {
      await client.crm.objects.tasks.batchApi.create({
        inputs: Array.from({ length: 75 }, (_, n) => ({
          properties: { hs_timestamp: '2026-12-01T09:00:00.000Z', hs_task_subject: `T${n}` },
          associations: [
            {
              to: { id: company.id },
              types: [
                {
                  associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
                  associationTypeId: AssociationTypes.taskToCompany,
                },
              ],
            },
          ],
        })),
      });
    }
    const read = await fetch(
      `${sandbox.url}/crm/v3/objects/companies/${company.id}?associations=tasks`,
      { headers: auth },
    );
    const body = (await read.json()) as {
      associations: { tasks: { results: unknown[]; paging?: { next: { after: string } } } };
    };
    expect(body.associations.tasks.results).toHaveLength(100);
    expect(body.associations.tasks.paging?.next.after).toBe('100');
    const all = await client.crm.associations.v4.basicApi.getPage('companies', company.id, 'tasks');
    expect(all.results).toHaveLength(150);
    const first = await client.crm.associations.v4.basicApi.getPage(
      'companies',
      company.id,
      'tasks',
      undefined,
      100,
    );
    const rest = await client.crm.associations.v4.basicApi.getPage(
      'companies',
      company.id,
      'tasks',
      first.paging?.next?.after,
      100,
    );
    expect(first.results).toHaveLength(100);
    expect(rest.results).toHaveLength(50);
    expect(rest.paging).toBeUndefined();
  });
});

describe('what HubSpot validates on writes', () => {
  it('refuses a type/fieldType pair HubSpot does not accept, one by one in a property batch create', async () => {
    const answer = await post(sandbox, '/crm/v3/properties/companies/batch/create', {
      inputs: [
        {
          name: 'x_ok',
          label: 'Ok',
          type: 'string',
          fieldType: 'textarea',
          groupName: 'companyinformation',
        },
        {
          name: 'x_bad',
          label: 'Bad',
          type: 'number',
          fieldType: 'text',
          groupName: 'companyinformation',
        },
      ],
    });
    expect(answer.status).toBe(207);
    const body = (await answer.json()) as { results: { name: string }[]; errors: unknown[] };
    expect(body.results.map((property) => property.name)).toEqual(['x_ok']);
    expect(body.errors).toEqual([
      expect.objectContaining({
        category: 'VALIDATION_ERROR',
        context: { inputIndex: ['1'], name: ['x_bad'] },
        links: {},
      }),
    ]);
    const read = await post(sandbox, '/crm/v3/properties/companies/batch/read', {
      inputs: [{ name: 'x_ok' }, { name: 'x_bad' }],
    });
    expect(((await read.json()) as { results: unknown[] }).results).toHaveLength(1);
  });

  it('refuses a text value longer than 65 536 characters', async () => {
    const ok = await client.crm.companies.basicApi.create({
      properties: { name: 'x'.repeat(65_536) },
      associations: [],
    });
    expect(ok.properties.name).toHaveLength(65_536);
    const refused = await failure(
      client.crm.companies.basicApi.create({
        properties: { name: 'x'.repeat(65_537) },
        associations: [],
      }),
    );
    expect(refused.code).toBe(400);
    expect(String(refused.body.message)).toContain('INVALID_STRING_LENGTH');
  });

  it('converts deal amounts to the home currency with the seeded rates', async () => {
    const deal = await client.crm.deals.basicApi.create({
      properties: { dealname: 'Export', amount: '1000', deal_currency_code: 'SEK' },
      associations: [],
    });
    const read = await client.crm.deals.basicApi.getById(deal.id, [
      'amount',
      'deal_currency_code',
      'amount_in_home_currency',
    ]);
    expect(read.properties).toMatchObject({
      amount: '1000',
      deal_currency_code: 'SEK',
      amount_in_home_currency: '87',
    });
    const refused = await failure(
      client.crm.deals.basicApi.update(deal.id, { properties: { deal_currency_code: 'JPY' } }),
    );
    expect(refused.code).toBe(400);
    const readOnly = await failure(
      client.crm.deals.basicApi.update(deal.id, { properties: { amount_in_home_currency: '1' } }),
    );
    expect(readOnly.code).toBe(400);
  });
});

describe('a duplicate unique value in a batch create of custom-object records', () => {
  const schema = {
    name: 'claim',
    labels: { singular: 'Claim', plural: 'Claims' },
    primaryDisplayProperty: 'key',
    requiredProperties: ['key'],
    properties: [
      { name: 'key', label: 'Key', type: 'string', fieldType: 'text', hasUniqueValue: true },
    ],
    associatedObjects: [],
  };
  const inputs = [{ properties: { key: 'a' } }, { properties: { key: 'b' } }];

  it.each([
    ['batch-409', 409, 1],
    ['per-item-207', 207, 2],
  ] as const)('in %s mode answers %i and keeps %i records', async (mode, status, kept) => {
    const { sandbox: own } = await startSandbox({ uniqueConflicts: mode });
    try {
      await post(own, '/crm/v3/schemas', schema);
      await post(own, '/crm/v3/objects/claim/batch/create', { inputs: [inputs[0]] });
      const answer = await post(own, '/crm/v3/objects/claim/batch/create', { inputs });
      expect(answer.status).toBe(status);
      const body = (await answer.json()) as Record<string, unknown>;
      if (status === 207)
        expect(body.errors).toEqual([
          expect.objectContaining({
            category: 'CONFLICT',
            context: expect.objectContaining({ inputIndex: ['0'] }),
            links: {},
          }),
        ]);
      else expect(body).toMatchObject({ category: 'CONFLICT' });
      expect([...(own.store.findType('claim')?.records.values() ?? [])]).toHaveLength(kept);
    } finally {
      await own.close();
    }
  });
});

describe('scopes', () => {
  it("answers 403 MISSING_SCOPES for a call the app's scopes do not cover", async () => {
    const { sandbox: own, client: scoped } = await startSandbox({
      scopes: ['crm.objects.companies.read'],
    });
    try {
      expect((await scoped.crm.companies.basicApi.getById('1')).id).toBe('1');
      const deals = await failure(scoped.crm.deals.basicApi.getById('9'));
      expect(deals).toEqual({
        code: 403,
        body: expect.objectContaining({
          category: 'MISSING_SCOPES',
          errors: [
            expect.objectContaining({ context: { requiredScopes: ['crm.objects.deals.read'] } }),
          ],
          links: { scopes: 'https://developers.hubspot.com/scopes' },
        }),
      });
      const write = await failure(
        scoped.crm.companies.basicApi.update('1', { properties: { city: 'Oulu' } }),
      );
      expect(write.code).toBe(403);
      const unknown = await fetch(`${own.url}/crm/v9/nothing`, { headers: auth });
      expect(unknown.status).toBe(501);
    } finally {
      await own.close();
    }
  });
});

describe('latency on an injected timer', () => {
  it('delays each request by a seeded draw and schema creation by seconds, without waiting', async () => {
    const timer = createManualTimer({ autoAdvance: true });
    const { sandbox: own, client: slow } = await startSandbox({
      timer,
      latency: { minMs: 100, maxMs: 500, seed: 7 },
    });
    try {
      await slow.crm.companies.basicApi.getById('1');
      expect(timer.now()).toBeGreaterThanOrEqual(100);
      expect(timer.now()).toBeLessThanOrEqual(500);
      const before = timer.now();
      await post(own, '/crm/v3/schemas', {
        name: 'thing',
        labels: { singular: 'Thing', plural: 'Things' },
        properties: [{ name: 'title', label: 'Title', type: 'string', fieldType: 'text' }],
      });
      expect(timer.now() - before).toBeGreaterThanOrEqual(3100);
    } finally {
      await own.close();
    }
  });
});

describe('hardening', () => {
  it('answers a pathological CONTAINS_TOKEN search (12 wildcards, 10 000 characters)', async () => {
    const long = `${'a'.repeat(9_999)}b`;
    const company = await client.crm.companies.basicApi.create({
      properties: { name: long },
      associations: [],
    });
    const pattern = `${'a*'.repeat(12)}c`;
    const miss = await post(sandbox, '/crm/v3/objects/companies/search', {
      filterGroups: [
        { filters: [{ propertyName: 'name', operator: 'CONTAINS_TOKEN', value: pattern }] },
      ],
    });
    expect(((await miss.json()) as { total: number }).total).toBe(0);
    const hit = await post(sandbox, '/crm/v3/objects/companies/search', {
      filterGroups: [
        {
          filters: [
            { propertyName: 'name', operator: 'CONTAINS_TOKEN', value: `${'a*'.repeat(12)}b` },
          ],
        },
      ],
    });
    const body = (await hit.json()) as { results: { id: string }[] };
    expect(body.results.map((result) => result.id)).toEqual([company.id]);
  });

  it('bounds the request log in count and body size', async () => {
    const { sandbox: own } = await startSandbox({
      requestLog: { maxEntries: 3, maxBodyChars: 50 },
    });
    try {
      await post(own, '/crm/v3/objects/companies/search', { query: 'x'.repeat(100) });
      for (let n = 0; n < 4; n += 1)
        await fetch(`${own.url}/crm/v3/objects/companies/1`, { headers: auth });
      expect(own.requestLog.entries()).toHaveLength(3);
      expect(own.requestLog.dropped).toBe(2);
      own.requestLog.reset();
      await post(own, '/crm/v3/objects/companies/search', { query: 'x'.repeat(100) });
      expect(own.requestLog.entries()[0]?.body).toEqual({ truncated: true, chars: 112 });
    } finally {
      await own.close();
    }
  });
});
