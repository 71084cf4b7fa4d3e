import type { Client } from '@hubspot/api-client';
import {
  PropertyCreateFieldTypeEnum,
  PropertyCreateTypeEnum,
  PropertyUpdateFieldTypeEnum,
} from '@hubspot/api-client/lib/codegen/crm/properties';
import { propertyCatalog, propertyGroup, type CareConfig } from '@care-model/core';
import type { InstallChange } from '@care-model/contract';
import { z } from 'zod';
import { existingPropertySchema, mergedOptions, propertyDifference } from './propertyDifference';
import { planSchemas } from './planSchemas';
import { planTaskTypes, readTaskTypeOptions, settingsRecords } from './planTaskTypes';
import type { InstallStep } from './installStep';
import { called } from '../client/callPolicy';
import { chunks } from '../records/crmRecord';
import { settingsSchema } from '../stores/customObjectSchemas';
import { currentSettings } from '../stores/readSettings';

const groupsSchema = z.object({ results: z.array(z.object({ name: z.string() })) });
const propertiesSchema = z.object({ results: z.array(existingPropertySchema) });

const company = 'companies';

/**
 * Reads the portal (5 calls at once) and plans what differs from the catalog of `config` (default:
 * the installed one), then the portal's task types; never deletes or renames.
 */
export async function planInstall(client: Client, given?: CareConfig): Promise<InstallStep[]> {
  const [groups, properties, schemaSteps, records, taskTypeOptions] = await Promise.all([
    client.crm.properties.groupsApi.getAll(company).then((a) => groupsSchema.parse(a)),
    client.crm.properties.coreApi.getAll(company).then((a) => propertiesSchema.parse(a)),
    planSchemas(client),
    settingsRecords(client),
    readTaskTypeOptions(client),
  ]);
  const config = given ?? currentSettings(records).config;
  const taskTypeSteps = planTaskTypes(client, taskTypeOptions, records);
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
      const property = {
        ...wanted,
        type: z.enum(PropertyCreateTypeEnum).parse(wanted.type),
        fieldType,
      };
      steps.push({
        change: { kind: 'create_property', objectType: company, name: wanted.name },
        apply: () => client.crm.properties.coreApi.create(company, property),
        property,
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
  // The task types go on a settings record: after the settings object, before the slow claim object.
  const settingsFirst = (step: InstallStep) => step.change.objectType === settingsSchema.name;
  return [
    ...steps,
    ...schemaSteps.filter(settingsFirst),
    ...taskTypeSteps,
    ...schemaSteps.filter((step) => !settingsFirst(step)),
  ];
}

const batchAnswerSchema = z.object({ results: z.array(z.object({ name: z.string() })) });

/** A run of steps made by one call: new company properties go 100 to a batch create. */
function calls(client: Client, steps: readonly InstallStep[]) {
  const single = steps.filter((step) => !step.property);
  const batched = steps.filter((step) => step.property);
  const batches = chunks(batched).map((part) => ({
    steps: part,
    run: async () => {
      const answer = batchAnswerSchema.parse(
        await called(client, 'create', () =>
          client.crm.properties.batchApi.create(company, {
            inputs: part.flatMap((step) => (step.property ? [step.property] : [])),
          }),
        ),
      );
      // A 207 creates some: the others stay to do.
      return part.filter((step) => answer.results.some((p) => p.name === step.change.name));
    },
  }));
  const one = (step: InstallStep) => ({
    steps: [step],
    run: async () => {
      await called(client, step.change.kind.startsWith('create') ? 'create' : 'safe', step.apply);
      return [step];
    },
  });
  // The group comes before its properties.
  const [groups, rest] = [
    single.filter((s) => s.change.kind === 'create_group'),
    single.filter((s) => s.change.kind !== 'create_group'),
  ];
  return [...groups.map(one), ...batches, ...rest.map(one)];
}

/**
 * Applies the steps while each call still fits before `deadline` (`performance.now()` ms; a call
 * counts as long as the slowest so far): what is left is answered, and the next run continues.
 */
export async function applyInstall(
  client: Client,
  steps: readonly InstallStep[],
  deadline = Number.POSITIVE_INFINITY,
): Promise<{ done: InstallChange[]; remaining: InstallChange[] }> {
  const done: InstallStep[] = [];
  let slowestMs = 0;
  for (const call of calls(client, steps)) {
    if (performance.now() + slowestMs > deadline) break;
    const started = performance.now();
    done.push(...(await call.run()));
    slowestMs = Math.max(slowestMs, performance.now() - started);
  }
  return {
    done: done.map((step) => step.change),
    remaining: steps.filter((step) => !done.includes(step)).map((step) => step.change),
  };
}
