import type { Client } from '@hubspot/api-client';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/objects/tasks';
import type { Sandbox } from '@care-model/sandbox';
import { failure, startSandbox } from './sandboxClient';

let sandbox: Sandbox;
let client: Client;
beforeAll(async () => ({ sandbox, client } = await startSandbox()));
afterAll(() => sandbox.close());

describe('companies over the real SDK', () => {
  it('reads a seeded company with chosen properties and its deal associations', async () => {
    const company = await client.crm.companies.basicApi.getById(
      '1',
      ['name', 'notes_last_contacted', 'city'],
      undefined,
      ['deals'],
    );
    expect(company.properties).toEqual({
      name: 'Kivelä Konepaja Oy',
      notes_last_contacted: '2026-10-01T09:00:00.000Z',
      city: null,
      createdate: expect.stringMatching(/^\d{4}-/),
      hs_lastmodifieddate: expect.stringMatching(/^\d{4}-/),
      hs_object_id: '1',
    });
    expect(company.createdAt).toBeInstanceOf(Date);
    expect(company.associations?.deals?.results.map((result) => result.id)).toEqual([
      '9',
      '10',
      '11',
    ]);
  });

  it('creates, updates, pages and archives', async () => {
    const created = await client.crm.companies.basicApi.create({
      properties: { name: 'Arctic Systems AB', annualrevenue: '1500000' },
      associations: [],
    });
    expect(created.properties.hs_object_id).toBe(created.id);
    const updated = await client.crm.companies.basicApi.update(created.id, {
      properties: { city: 'Stockholm' },
    });
    expect(updated.properties.city).toBe('Stockholm');
    const first = await client.crm.companies.basicApi.getPage(2, undefined, ['name']);
    expect(first.results).toHaveLength(2);
    const second = await client.crm.companies.basicApi.getPage(2, first.paging?.next?.after, [
      'name',
    ]);
    expect(second.results.map((company) => company.properties.name)).toContain('Arctic Systems AB');
    await client.crm.companies.basicApi.archive(created.id);
    expect((await failure(client.crm.companies.basicApi.getById(created.id))).code).toBe(404);
  });

  it('computes hs_is_closed_won from the deal stage', async () => {
    const won = await client.crm.deals.basicApi.getById('9', ['hs_is_closed_won', 'amount']);
    const lost = await client.crm.deals.basicApi.getById('11', ['hs_is_closed_won']);
    expect(won.properties).toMatchObject({ hs_is_closed_won: 'true', amount: '30000' });
    expect(Object.keys(won.properties).sort()).toEqual([
      'amount',
      'createdate',
      'hs_is_closed_won',
      'hs_lastmodifieddate',
      'hs_object_id',
    ]);
    expect(lost.properties.hs_is_closed_won).toBe('false');
  });

  it('creates a task associated to a company with type 192 and lists it from the company', async () => {
    const task = await client.crm.objects.tasks.basicApi.create({
      properties: {
        hs_timestamp: '2026-12-01T09:00:00.000Z',
        hs_task_subject: 'Call',
        hs_task_status: 'NOT_STARTED',
        hs_task_type: 'CALL',
        hubspot_owner_id: '101',
      },
      associations: [
        {
          to: { id: '1' },
          types: [
            {
              associationCategory: AssociationSpecAssociationCategoryEnum.HubspotDefined,
              associationTypeId: 192,
            },
          ],
        },
      ],
    });
    const page = await client.crm.associations.v4.basicApi.getPage('companies', '1', 'tasks');
    expect(page.results).toEqual([
      expect.objectContaining({
        toObjectId: Number(task.id),
        associationTypes: [expect.objectContaining({ typeId: 191 })],
      }),
    ]);
    const done = await client.crm.objects.tasks.basicApi.update(task.id, {
      properties: { hs_task_status: 'COMPLETED' },
    });
    expect(done.properties.hs_task_completion_date).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('answers 401 in HubSpot shape without a token, and 501 (recorded) for unknown routes', async () => {
    const anonymous = await fetch(`${sandbox.url}/crm/v3/objects/companies`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      status: 'error',
      category: 'INVALID_AUTHENTICATION',
      correlationId: expect.any(String),
    });
    const unknown = await fetch(`${sandbox.url}/crm/v9/nothing`, {
      headers: { authorization: 'Bearer x' },
    });
    expect(unknown.status).toBe(501);
    expect(await unknown.json()).toMatchObject({
      status: 'error',
      message: 'The sandbox does not emulate GET /crm/v9/nothing',
    });
    expect(sandbox.requestLog.unhandled().map((entry) => entry.path)).toContain('/crm/v9/nothing');
    const missing = await fetch(`${sandbox.url}/crm/v3/objects/companies/999999`, {
      headers: { authorization: 'Bearer x' },
    });
    expect(missing.status).toBe(404);
  });
});
