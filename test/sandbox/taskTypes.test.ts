import type { Client } from '@hubspot/api-client';
import type { Sandbox } from '@care-model/sandbox';
import { failure, startSandbox } from './sandboxClient';

let sandbox: Sandbox;
let client: Client;
beforeAll(async () => ({ sandbox, client } = await startSandbox()));
afterAll(() => sandbox.close());

const task = (type: string) => ({
  properties: {
    hs_timestamp: '2026-12-01T09:00:00.000Z',
    hs_task_subject: 'Hold the account review',
    hs_task_type: type,
  },
  associations: [],
});

describe('hs_task_type as HubSpot documents it', () => {
  it('serves the documented options TODO, CALL and EMAIL', async () => {
    const property = await client.crm.properties.coreApi.getByName('tasks', 'hs_task_type');
    expect(property.type).toBe('enumeration');
    expect(property.options.map((option) => option.value)).toEqual(['TODO', 'CALL', 'EMAIL']);
  });

  it.each(['MEETING', 'LINKED_IN_CONNECT', 'todo'])(
    'refuses a task of type %s with a 400 validation error',
    async (type) => {
      const { code, body } = await failure(client.crm.objects.tasks.basicApi.create(task(type)));
      expect(code).toBe(400);
      expect(body).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
      expect(String(body.message)).toMatch(/^Property values were not valid: /);
      expect(String(body.message)).toContain('"error":"INVALID_OPTION"');
      expect(String(body.message)).toContain('"name":"hs_task_type"');
    },
  );

  it('creates a task of a documented type', async () => {
    const created = await client.crm.objects.tasks.basicApi.create(task('EMAIL'));
    expect(created.properties.hs_task_type).toBe('EMAIL');
  });
});
