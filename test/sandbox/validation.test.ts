import type { Client } from '@hubspot/api-client';
import type { Sandbox } from '@care-model/sandbox';
import { failure, startSandbox } from './sandboxClient';

let sandbox: Sandbox;
let client: Client;
beforeAll(async () => ({ sandbox, client } = await startSandbox()));
afterAll(() => sandbox.close());

const readName = async () =>
  (await client.crm.companies.basicApi.getById('2', ['name', 'industry', 'annualrevenue']))
    .properties;

describe('HubSpot validation on writes', () => {
  it.each([
    [{ name: 'X', favourite_colour: 'blue' }, 'PROPERTY_DOESNT_EXIST'],
    [{ name: 'X', industry: 'SPACESHIPS' }, 'INVALID_OPTION'],
    [{ name: 'X', annualrevenue: 'a lot' }, 'INVALID_DECIMAL'],
    [{ name: 'X', notes_last_contacted: '2026-01-01T00:00:00Z' }, 'READ_ONLY_VALUE'],
    [{ name: 'X', hubspot_owner_id: '999' }, 'INVALID_OWNER_ID'],
  ])('rejects %j with %s and writes nothing', async (properties, code) => {
    const before = await readName();
    const { code: status, body } = await failure(
      client.crm.companies.basicApi.update('2', { properties }),
    );
    expect(status).toBe(400);
    expect(body).toMatchObject({
      status: 'error',
      category: 'VALIDATION_ERROR',
      correlationId: expect.any(String),
    });
    expect(String(body.message)).toMatch(/^Property values were not valid: /);
    expect(String(body.message)).toContain(`"error":"${code}"`);
    expect(await readName()).toEqual(before);
  });

  it('requires midnight UTC for date properties', async () => {
    const { body } = await failure(
      client.crm.companies.basicApi.update('3', {
        properties: { care_potential_assessed_at: '2026-10-01T09:00:00Z' },
      }),
    );
    expect(String(body.message)).toContain('UTC, not midnight!');
    const ok = await client.crm.companies.basicApi.update('3', {
      properties: { care_potential_assessed_at: '2026-10-01' },
    });
    expect(ok.properties.care_potential_assessed_at).toBe('2026-10-01');
  });

  it('fails a whole batch create when one input is invalid', async () => {
    const total = (await client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 }))
      .total;
    const good: Record<string, string> = { name: 'Good Oy' };
    const inputs = [
      { properties: good, associations: [] },
      { properties: { name: 'Bad Oy', numberofemployees: 'many' }, associations: [] },
    ];
    expect((await failure(client.crm.companies.batchApi.create({ inputs }))).code).toBe(400);
    expect(
      (await client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 1 })).total,
    ).toBe(total);
  });

  it('refuses more than 100 batch inputs', async () => {
    const inputs = Array.from({ length: 101 }, (_, index) => ({ id: String(index) }));
    const { code, body } = await failure(
      client.crm.companies.batchApi.read({
        inputs,
        properties: ['name'],
        propertiesWithHistory: [],
      }),
    );
    expect(code).toBe(400);
    expect(body.category).toBe('VALIDATION_ERROR');
  });

  it('answers 207 with OBJECT_NOT_FOUND for missing ids in a batch read', async () => {
    const answer = await client.crm.companies.batchApi.read({
      inputs: [{ id: '1' }, { id: '404' }],
      properties: ['name'],
      propertiesWithHistory: [],
    });
    expect(answer.results.map((company) => company.id)).toEqual(['1']);
    expect('errors' in answer && answer.errors?.[0]).toMatchObject({
      category: 'OBJECT_NOT_FOUND',
      context: { ids: ['404'] },
    });
  });

  it('batch creates and updates with 201/200 COMPLETE answers', async () => {
    const created = await client.crm.deals.batchApi.create({
      inputs: [
        {
          properties: { dealname: 'A', amount: '100', dealstage: 'closedwon', pipeline: 'default' },
          associations: [],
        },
      ],
    });
    expect(created.status).toBe('COMPLETE');
    const id = created.results[0]?.id ?? '';
    const updated = await client.crm.deals.batchApi.update({
      inputs: [{ id, properties: { amount: '250' } }],
    });
    expect(updated.results[0]?.properties.amount).toBe('250');
    expect(updated.results[0]?.properties.hs_is_closed_won).toBe('true');
  });
});
