import type { Client } from '@hubspot/api-client';
import { ObjectTypePropertyCreateTypeEnum } from '@hubspot/api-client/lib/codegen/crm/schemas';
import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { z } from 'zod';
import { customObjectSchemas, type CustomObjectSchema } from '../stores/customObjectSchemas';
import type { InstallStep } from './installStep';

const schemasSchema = z.object({
  results: z.array(
    z.object({
      name: z.string(),
      objectTypeId: z.string(),
      properties: z.array(z.object({ name: z.string() })),
    }),
  ),
});

const propertyInput = (property: CustomObjectSchema['properties'][number]) => ({
  ...property,
  type: z.enum(ObjectTypePropertyCreateTypeEnum).parse(property.type),
});

/** The custom objects of decisions 0006/0007: created when missing, missing properties added. */
export async function planSchemas(client: Client): Promise<InstallStep[]> {
  const existing = schemasSchema.parse(await client.crm.schemas.coreApi.getAll());
  return customObjectSchemas.flatMap((wanted): InstallStep[] => {
    const found = existing.results.find((s) => s.name === wanted.name);
    if (!found)
      return [
        {
          change: { kind: 'create_schema', objectType: wanted.name, name: wanted.name },
          apply: () =>
            client.crm.schemas.coreApi.create({
              ...wanted,
              requiredProperties: [...wanted.requiredProperties],
              searchableProperties: [...wanted.searchableProperties],
              secondaryDisplayProperties: [...wanted.secondaryDisplayProperties],
              associatedObjects: [...wanted.associatedObjects],
              properties: wanted.properties.map(propertyInput),
            }),
        },
      ];
    const missing = wanted.properties.filter(
      (p) => !found.properties.some((have) => have.name === p.name),
    );
    return missing.map((property) => ({
      change: {
        kind: 'update_schema',
        objectType: wanted.name,
        name: property.name,
        detail: `+ property ${property.name}`,
      },
      apply: () =>
        client.crm.properties.coreApi.create(found.objectTypeId, {
          ...property,
          type: z.enum(PropertyCreateTypeEnum).parse(property.type),
          fieldType: z.enum(PropertyCreateFieldTypeEnum).parse(property.fieldType),
          groupName: `${wanted.name}_information`,
        }),
    }));
  });
}
