import type { JsonValue } from '@hubspot/ui-extensions';
import {
  functionDataSchemas,
  functionResultSchema,
  type FunctionData,
  type FunctionInput,
  type FunctionName,
  type FunctionResult,
} from '@care-model/contract';

/** Runs an app function by uid; `hubspot.serverless` in HubSpot, a fake in tests. */
export type ServerlessCaller = (
  name: string,
  options: { parameters: JsonValue },
) => Promise<unknown>;

/** Parameters travel as JSON: drops `undefined` fields the way the platform would. */
function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value ?? {}));
}

const unexpected = (message: string): FunctionResult<never> => ({
  ok: false,
  error: { code: 'hubspot_error', message },
});

/**
 * Calls a function and checks its answer: the envelope, then the data against the contract.
 * A failed call (network, timeout, function crash) becomes an error value too.
 */
export async function callFunction<N extends FunctionName>(
  caller: ServerlessCaller,
  name: N,
  parameters: FunctionInput<N>,
): Promise<FunctionResult<FunctionData[N]>> {
  let raw: unknown;
  try {
    raw = await caller(name, { parameters: toJson(parameters) });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return unexpected(`The app function ${name} could not be reached (${detail}).`);
  }
  const envelope = functionResultSchema.safeParse(raw);
  if (!envelope.success) return unexpected(`The app function ${name} gave an unexpected answer.`);
  if (!envelope.data.ok) return envelope.data;
  const data = functionDataSchemas[name].safeParse(envelope.data.data);
  if (!data.success) return unexpected(`The app function ${name} gave an unexpected answer.`);
  return { ok: true, data: data.data };
}
