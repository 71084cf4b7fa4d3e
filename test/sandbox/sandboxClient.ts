import { Client } from '@hubspot/api-client';
import { createSandbox, type Sandbox, type SandboxOptions } from '@care-model/sandbox';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { portalSeed } from '../functions/support/seeds';

/** A sandbox seeded with the small portal of the functions' tests, and a real SDK client pointed at it. */
export async function startSandbox(
  options: SandboxOptions = {},
): Promise<{ sandbox: Sandbox; client: Client }> {
  const sandbox = await createSandbox({
    seed: portalSeed,
    appProperties: propertyCatalog(defaultConfig),
    ...options,
  });
  const client = new Client({
    accessToken: 'test-token',
    basePath: sandbox.url,
    numberOfApiCallRetries: 1,
  });
  return { sandbox, client };
}

/** The status and body of a rejected SDK call (an ApiException). */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ code: number; body: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && 'body' in error) {
      const body = error.body;
      return {
        code: Number(error.code),
        body: typeof body === 'object' && body !== null ? { ...body } : { raw: body },
      };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}
