import type { Client } from '@hubspot/api-client';
import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
  PropertyUpdateFieldTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { propertyCatalog, propertyGroup, type CareConfig } from '@care-model/core';
import { z } from 'zod';
import { existingPropertySchema, mergedOptions, propertyDifference } from './propertyDifference';
import { planSchemas } from './planSchemas';
import type { InstallStep } from './installStep';

const groupsSchema = z.object({ results: z.array(z.object({ name: z.string() })) });
const propertiesSchema = z.object({ results: z.array(existingPropertySchema) });

const company = 'companies';

/** Reads the portal (3 calls) and plans what differs from the catalog; never deletes or renames. */
export async function planInstall(client: Client, config: CareConfig): Promise<InstallStep[]> {
  const [groups, properties, schemaSteps] = await Promise.all([
    client.crm.properties.groupsApi.getAll(company).then((a) => groupsSchema.parse(a)),
    client.crm.properties.coreApi.getAll(company).then((a) => propertiesSchema.parse(a)),
    planSchemas(client),
  ]);
  const steps: InstallStep[] = [];
  const group = propertyGroup(config);
  if (!groups.results.some((g) => g.name === group.name))
    steps.push({
      change: { kind: 'create_group', objectType: company, name: group.name },
      apply: () => client.crm.properties.groupsApi.create(company, group),
    });
  for (const wanted of propertyCatalog(config)) {
    const existing = properties.results.find((p) => p.name === wanted.name);
    const fieldType = z.enum(PropertyCreateFieldTypeEnum).parse(wanted.fieldType);
    if (!existing) {
      steps.push({
        change: { kind: 'create_property', objectType: company, name: wanted.name },
        apply: () =>
          client.crm.properties.coreApi.create(company, {
            ...wanted,
            type: z.enum(PropertyCreateTypeEnum).parse(wanted.type),
            fieldType,
          }),
      });
      continue;
    }
    const detail = propertyDifference(wanted, existing);
    if (detail === '') continue;
    steps.push({
      change: { kind: 'update_property', objectType: company, name: wanted.name, detail },
      apply: () =>
        client.crm.properties.coreApi.update(company, wanted.name, {
          label: wanted.label,
          description: wanted.description,
          groupName: wanted.groupName,
          fieldType: z.enum(PropertyUpdateFieldTypeEnum).parse(wanted.fieldType),
          ...(wanted.type === 'enumeration' || wanted.type === 'bool'
            ? { options: mergedOptions(wanted, existing) }
            : {}),
        }),
    });
  }
  return [...steps, ...schemaSteps];
}

/** Applies the steps in order (the group before its properties). */
export async function applyInstall(steps: readonly InstallStep[]): Promise<void> {
  for (const step of steps) await step.apply();
}
