import { z } from 'zod';
import { validationError } from './errors';

/** Parses outside data with a schema; failures become HubSpot's 400 answer. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw validationError(`Invalid input JSON${where}: ${issue?.message ?? 'invalid input'}`);
}

const queryValue = z.union([z.string(), z.array(z.string())]).optional();
export const querySchema = z.record(z.string(), queryValue);
export type Query = z.infer<typeof querySchema>;

export function readQuery(raw: unknown): Query {
  return parseInput(querySchema, raw ?? {});
}

/** `properties=a,b` and `properties=a&properties=b` both name two properties, as in HubSpot. */
export function queryList(query: Query, name: string): string[] {
  const value = query[name];
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return parts
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function queryText(query: Query, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

export function queryLimit(query: Query, fallback: number, max: number): number {
  const text = queryText(query, 'limit');
  if (text === undefined) return fallback;
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1)
    throw validationError(`limit must be a positive integer, got ${text}`);
  return Math.min(limit, max);
}

export const paramsSchema = z.record(z.string(), z.string());
export function readParams(raw: unknown): Record<string, string> {
  return parseInput(paramsSchema, raw);
}

export function param(params: Record<string, string>, name: string): string {
  return params[name] ?? '';
}
