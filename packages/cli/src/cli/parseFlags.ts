import { timeZoneSchema } from '@care-model/core';
import type { Command } from 'commander';
import { z } from 'zod';
import { CliFailure } from './cliFailure';

const hubspotApi = 'https://api.hubapi.com';

/** The portal a verb talks to: HubSpot itself, or the sandbox. */
export interface Target {
  baseUrl: string;
  token: string;
}

const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/, {
    message: 'use an ISO date or instant, e.g. 2026-11-02 or 2026-11-02T09:00:00Z',
  })
  .transform((text, ctx) => {
    const date = new Date(text);
    if (Number.isFinite(date.getTime())) return date;
    ctx.addIssue({ code: 'custom', message: 'not a real date' });
    return z.NEVER;
  });

/** The validated values of flags shared by several verbs. */
export const flagSchemas = {
  now: isoInstant,
  timeZone: timeZoneSchema,
  rateLimit: z.coerce
    .number()
    .int({ message: 'a whole number of requests per 10 s' })
    .min(1, { message: 'at least 1 request per 10 s' })
    .max(10000),
  port: z.coerce.number().int().min(0).max(65535),
  stateDir: z.string().min(1),
};

const flagName = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Parses a verb's flags with its schema; a bad value names the flag. */
export function parseFlags<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = flagName(String(issue?.path[0] ?? ''));
  const message = (issue?.message ?? 'invalid value').replace(/\.$/, '');
  throw new CliFailure(`Invalid value for ${flag}: ${message}.`);
}

/** Adds --base-url and --token to a verb. */
export function withTargetFlags(command: Command): Command {
  return command
    .option(
      '--base-url <url>',
      `API base URL (env HUBSPOT_BASE_URL; default ${hubspotApi} with a token)`,
    )
    .option('--token <token>', 'private app access token (env HUBSPOT_ACCESS_TOKEN)');
}

const targetFlagsSchema = z.object({
  baseUrl: z.url({ message: 'not a URL, e.g. http://127.0.0.1:4010' }).optional(),
  token: z.string().optional(),
});

/** The target from flags, else the environment; says exactly what to pass when there is none. */
export function resolveTarget(raw: unknown, env: NodeJS.ProcessEnv = process.env): Target {
  const flags = parseFlags(targetFlagsSchema, raw);
  const baseUrl = flags.baseUrl ?? (env.HUBSPOT_BASE_URL || undefined);
  const token = flags.token ?? env.HUBSPOT_ACCESS_TOKEN ?? '';
  if (token === '' && baseUrl === undefined)
    throw new CliFailure(
      'No target: pass --token TOKEN for a HubSpot portal, or --base-url http://127.0.0.1:4010 --token any for the sandbox (start it with `npx care-model sandbox`).',
    );
  if (token.trim() === '')
    throw new CliFailure(
      `No token for ${baseUrl ?? hubspotApi}: pass --token TOKEN (the sandbox takes any).`,
    );
  return { baseUrl: (baseUrl ?? hubspotApi).replace(/\/+$/, ''), token };
}
