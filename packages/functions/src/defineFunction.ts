import { z } from 'zod';
import {
  fail,
  type FunctionParams,
  type FunctionData,
  type FunctionError,
  type FunctionName,
  type FunctionResult,
} from '@care-model/contract';
import { adminKeySecret, checkAdminKey } from './checkAdminKey';
import { currentTime } from './currentTime';
import { plainIssueMessage } from './plainIssueMessage';
import { hubspotClient, setDeadline, toFunctionError, type PortalEnv } from '@care-model/hubspot';
import { timeZoneSchema } from '@care-model/core';

/** HubSpot stops a function after 10 s; its HubSpot calls end by then, leaving time to answer (0012). */
const invocationBudgetMs = 9000;

/** What every handler gets besides its parameters: the portal's client and the instant. */
export type FunctionEnv = PortalEnv;

export type Handler<N extends FunctionName> = (
  params: FunctionParams<N>,
  env: FunctionEnv,
) => Promise<FunctionResult<FunctionData[N]>>;

const contextSchema = z.object({ parameters: z.unknown().optional() }).loose();
const portalZoneSchema = z.object({ timeZone: timeZoneSchema.optional().catch(undefined) }).loose();

function invalidInput(error: z.ZodError): FunctionError {
  const issues = error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    const field = path.map(String).join('.') || '(parameters)';
    return { path: field, message: plainIssueMessage(issue, field) };
  });
  const first = issues[0] ?? { path: '(parameters)', message: 'Invalid parameters.' };
  return { code: 'invalid_input', message: first.message, field: first.path, issues };
}

export interface FunctionOptions {
  /** Portal-wide: the caller must send the admin key (`adminFunctions` in the contract). */
  admin?: boolean;
}

/** An app function's `main` (`defineFunction(functionParams.x, handler)`): parse the parameters with the contract, run, map any throw to the error union. */
export function defineFunction<S extends z.ZodType, D>(
  schema: S,
  run: (params: z.output<S>, env: FunctionEnv) => Promise<FunctionResult<D>>,
  options: FunctionOptions = {},
) {
  return async function main(context: unknown): Promise<FunctionResult<D>> {
    const parsedContext = contextSchema.safeParse(context);
    const raw = parsedContext.success ? (parsedContext.data.parameters ?? {}) : {};
    if (options.admin) {
      const refused = checkAdminKey(raw, process.env[adminKeySecret]);
      if (refused) return fail(refused);
    }
    const params = schema.safeParse(raw);
    if (!params.success) return fail(invalidInput(params.error));
    try {
      const client = hubspotClient();
      setDeadline(client, performance.now() + invocationBudgetMs);
      const zone = portalZoneSchema.safeParse(params.data);
      const timeZone = zone.success ? zone.data.timeZone : undefined;
      return await run(params.data, {
        client,
        now: currentTime(),
        ...(timeZone ? { timeZone } : {}),
      });
    } catch (caught) {
      return fail(toFunctionError(caught));
    }
  };
}
