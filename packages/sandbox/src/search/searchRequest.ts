import { z } from 'zod';

export const operators = [
  'EQ',
  'NEQ',
  'LT',
  'LTE',
  'GT',
  'GTE',
  'BETWEEN',
  'IN',
  'NOT_IN',
  'HAS_PROPERTY',
  'NOT_HAS_PROPERTY',
  'CONTAINS_TOKEN',
  'NOT_CONTAINS_TOKEN',
] as const;

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const filterSchema = z.object({
  propertyName: z.string(),
  operator: z.enum(operators),
  value: scalar.optional(),
  highValue: scalar.optional(),
  values: z.array(scalar).optional(),
});
export type Filter = z.infer<typeof filterSchema>;

const sortSchema = z.union([
  z.string().transform((text) => ({
    propertyName: text.replace(/^-/, ''),
    descending: text.startsWith('-'),
  })),
  z
    .object({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']).optional() })
    .transform((sort) => ({
      propertyName: sort.propertyName,
      descending: sort.direction === 'DESCENDING',
    })),
]);

export const searchRequestSchema = z.object({
  filterGroups: z.array(z.object({ filters: z.array(filterSchema) })).default([]),
  sorts: z.array(sortSchema).default([]),
  properties: z.array(z.string()).optional(),
  limit: z.number().int().min(0).default(10),
  after: z.union([z.string(), z.number()]).transform(String).optional(),
  query: z.string().optional(),
});
export type SearchRequest = z.infer<typeof searchRequestSchema>;
