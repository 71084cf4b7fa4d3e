import { z } from 'zod';
import { currencySettingsSchema } from '../currency/currencies';

const idSchema = z.union([z.string().min(1), z.number().int()]).transform(String);
const valueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const propertiesSchema = z.record(z.string(), valueSchema).default({});
const idList = z.array(idSchema).optional();

const recordSchema = z.object({ id: idSchema, properties: propertiesSchema });
const associatedSchema = recordSchema.extend({
  associations: z.object({ companies: idList, deals: idList }).default({}),
});

export const seedSchema = z.object({
  owners: z
    .array(
      z.object({
        id: idSchema,
        email: z.string().email(),
        firstName: z.string(),
        lastName: z.string(),
        userId: z.number().int().optional(),
      }),
    )
    .default([]),
  companies: z.array(recordSchema).default([]),
  deals: z.array(associatedSchema).default([]),
  tasks: z.array(associatedSchema).default([]),
  notes: z.array(associatedSchema).default([]),
  /** The portal's company currency and exchange rates (default: EUR with USD and SEK). */
  currencies: currencySettingsSchema.optional(),
});

/** A seed file in HubSpot's shape: owners, then records with string property values and company/deal links. */
export type Seed = z.input<typeof seedSchema>;
export type ParsedSeed = z.output<typeof seedSchema>;

export class SeedError extends Error {}

/** Parses a seed; a bad one is refused with the record and field it is about. */
export function parseSeed(raw: unknown): ParsedSeed {
  const result = seedSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const [collection, index, ...field] = issue?.path ?? [];
  if (typeof collection === 'string' && typeof index === 'number') {
    throw new SeedError(
      `${describeRecord(raw, collection, index)}: ${field.join('.') || 'record'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  throw new SeedError(
    `seed ${issue?.path.join('.') || ''}: ${issue?.message ?? 'invalid'}`.replace(
      'seed :',
      'seed:',
    ),
  );
}

export function describeRecord(raw: unknown, collection: string, index: number): string {
  const list =
    typeof raw === 'object' && raw !== null && collection in raw
      ? Reflect.get(raw, collection)
      : undefined;
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  const id = typeof item === 'object' && item !== null && 'id' in item ? item.id : undefined;
  return typeof id === 'string' || typeof id === 'number'
    ? `${collection}[${index}] (id ${id})`
    : `${collection}[${index}]`;
}
