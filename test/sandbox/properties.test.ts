import type { Client } from '@hubspot/api-client';
import type { Sandbox } from '@care-model/sandbox';
import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { ObjectTypePropertyCreateTypeEnum } from '@hubspot/api-client/lib/codegen/crm/schemas';
import { failure, startSandbox } from './sandboxClient';

let sandbox: Sandbox;
let client: Client;
beforeAll(async () => ({ sandbox, client } = await startSandbox()));
afterAll(() => sandbox.close());

describe('properties, groups, owners and schemas', () => {
  it('lists default and app properties, and reads one', async () => {
    const all = await client.crm.properties.coreApi.getAll('companies');
    const names = all.results.map((property) => property.name);
    expect(names).toEqual(
      expect.arrayContaining(['name', 'industry', 'notes_last_contacted', 'care_potential_upsell']),
    );
    const industry = await client.crm.properties.coreApi.getByName('companies', 'industry');
    expect(industry.options.map((option) => option.value)).toContain('MACHINERY');
    expect(
      (await client.crm.properties.coreApi.getByName('companies', 'createdate'))
        .modificationMetadata?.readOnlyValue,
    ).toBe(true);
  });

  it('creates a group and a property, refuses a duplicate with 409, and updates options', async () => {
    await client.crm.properties.groupsApi.create('companies', {
      name: 'extra',
      label: 'Extra',
      displayOrder: 1,
    });
    const definition = {
      name: 'extra_tier',
      label: 'Tier',
      type: PropertyCreateTypeEnum.Enumeration,
      fieldType: PropertyCreateFieldTypeEnum.Select,
      groupName: 'extra',
      options: [{ label: 'Gold', value: 'gold', hidden: false, displayOrder: 0 }],
    };
    const created = await client.crm.properties.coreApi.create('companies', definition);
    expect(created.name).toBe('extra_tier');
    const conflict = await failure(client.crm.properties.coreApi.create('companies', definition));
    expect(conflict).toMatchObject({
      code: 409,
      body: { status: 'error', category: 'OBJECT_ALREADY_EXISTS' },
    });
    await client.crm.properties.coreApi.update('companies', 'extra_tier', {
      options: [{ label: 'Silver', value: 'silver', hidden: false, displayOrder: 0 }],
    });
    expect(
      (
        await failure(
          client.crm.companies.basicApi.update('1', { properties: { extra_tier: 'gold' } }),
        )
      ).code,
    ).toBe(400);
    expect(
      (await client.crm.companies.basicApi.update('1', { properties: { extra_tier: 'silver' } }))
        .properties.extra_tier,
    ).toBe('silver');
    expect(
      (await client.crm.properties.groupsApi.getAll('companies')).results.map(
        (group) => group.name,
      ),
    ).toContain('extra');
  });

  it('pages owners at the trailing-slash path and reads one', async () => {
    const owners = await client.crm.owners.ownersApi.getPage(undefined, undefined, 100);
    expect(owners.results).toEqual([
      expect.objectContaining({ id: '101', email: 'aino@example.fi', firstName: 'Aino' }),
      expect.objectContaining({ id: '102', email: 'eero@example.fi', firstName: 'Eero' }),
    ]);
    expect((await client.crm.owners.ownersApi.getById(101)).lastName).toBe('Virtanen');
    expect(sandbox.requestLog.count({ path: '/crm/v3/owners/' })).toBe(1);
  });

  it('creates a custom object with a unique property and enforces the unique value', async () => {
    const schema = await client.crm.schemas.coreApi.create({
      name: 'care_settings',
      labels: { singular: 'Care settings', plural: 'Care settings' },
      requiredProperties: ['version'],
      primaryDisplayProperty: 'version',
      properties: [
        {
          name: 'version',
          label: 'Version',
          type: ObjectTypePropertyCreateTypeEnum.String,
          fieldType: 'text',
          hasUniqueValue: true,
        },
        {
          name: 'payload',
          label: 'Payload',
          type: ObjectTypePropertyCreateTypeEnum.String,
          fieldType: 'textarea',
        },
      ],
      associatedObjects: ['COMPANY'],
    });
    expect(schema.objectTypeId).toMatch(/^2-\d+$/);
    expect(schema.fullyQualifiedName).toBe('p12345678_care_settings');
    const objectTypeId = schema.objectTypeId ?? '';
    const record = await client.crm.objects.basicApi.create(objectTypeId, {
      properties: { version: '1', payload: '{}' },
      associations: [],
    });
    const byName = await client.crm.objects.basicApi.getById('p_care_settings', record.id, [
      'payload',
    ]);
    expect(byName.properties.payload).toBe('{}');
    const byVersion = await client.crm.objects.basicApi.getById(
      schema.fullyQualifiedName ?? '',
      '1',
      ['version'],
      undefined,
      undefined,
      undefined,
      'version',
    );
    expect(byVersion.id).toBe(record.id);
    const duplicate = await failure(
      client.crm.objects.basicApi.create(objectTypeId, {
        properties: { version: '1' },
        associations: [],
      }),
    );
    expect(duplicate).toMatchObject({ code: 409, body: { category: 'CONFLICT' } });
    const listed = await client.crm.schemas.coreApi.getAll();
    expect(listed.results.map((item) => item.name)).toEqual(['care_settings']);
  });
});
