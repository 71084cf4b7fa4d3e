import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readCompany, type SandboxApi } from './sandboxApi';

const nameSchema = z.object({ name: z.string().regex(/^[a-z0-9_]{1,64}$/) });
const callSchema = z.object({
  parameters: z.unknown().default({}),
  propertiesToSend: z.array(z.string().max(100)).max(200).default([]),
  objectId: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});

interface FunctionBundle {
  main: (context: unknown) => unknown;
}
const isBundle = (value: unknown): value is FunctionBundle =>
  typeof value === 'object' &&
  value !== null &&
  'main' in value &&
  typeof value.main === 'function';

/** HubSpot loads a function bundle as CommonJS. */
const loadCommonJs = createRequire(__filename);

/** The local function runner allows 15 s (HubSpot's production limit is 10 s). */
const functionTimeoutMs = 15_000;

function withTimeout<T>(work: Promise<T>, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${name} ran longer than ${functionTimeoutMs / 1000} s.`)),
      functionTimeoutMs,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface FunctionTarget {
  functionsDir: string;
  baseUrl: string;
  token: string;
  adminKey?: string;
}

/**
 * `hubspot.serverless(name, …)` lands here: the real bundle `<functionsDir>/<name>.js` is required and its
 * `main` called as HubSpot would, with the app's token and the sandbox as HubSpot.
 */
export function registerFunctionRoutes(
  app: FastifyInstance,
  api: SandboxApi,
  target: FunctionTarget,
) {
  app.post('/api/functions/:name', async (request, reply) => {
    const { name } = nameSchema.parse(request.params);
    const call = callSchema.parse(request.body ?? {});
    const file = path.join(target.functionsDir, `${name}.js`);
    if (!existsSync(file)) {
      return reply
        .code(404)
        .send({ message: `No app function ${name} (build it with npm run build:functions).` });
    }
    // HubSpot's CRM API adds hs_object_id and the dates to every read; HubSpot sends only the asked-for.
    const propertiesToSend =
      call.objectId && call.propertiesToSend.length > 0
        ? Object.fromEntries(
            Object.entries(
              (await readCompany(api, call.objectId, call.propertiesToSend)).properties,
            ).filter(([name]) => call.propertiesToSend.includes(name)),
          )
        : {};
    process.env.PRIVATE_APP_ACCESS_TOKEN = target.token;
    process.env.HUBSPOT_BASE_URL = target.baseUrl;
    // HubSpot hands a function its secrets (`secretKeys`) as environment variables.
    if (target.adminKey !== undefined) process.env.CARE_MODEL_ADMIN_KEY = target.adminKey;
    const bundle: unknown = loadCommonJs(file);
    if (!isBundle(bundle))
      return reply.code(500).send({ message: `${name}.js exports no main function.` });
    try {
      const result: unknown = await withTimeout(
        Promise.resolve(
          bundle.main({ parameters: call.parameters, propertiesToSend, secrets: {} }),
        ),
        name,
      );
      return reply.send(result ?? null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return reply.code(500).send({ message: `${name} failed: ${message}` });
    }
  });
}
