import { randomBytes } from 'node:crypto';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import { createSandbox } from '@care-model/sandbox';
import { z } from 'zod';
import type { StepResult } from './stepResult';

const answerSchema = z.union([
  z.object({ ok: z.literal(true) }).loose(),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }).loose() }),
]);

/** Calls the unpacked install_fields, then get_settings, against a demo sandbox on 127.0.0.1. */
export async function runFunctionStep(
  loaded: Map<string, (context: unknown) => Promise<unknown>>,
): Promise<StepResult> {
  const sandbox = await createSandbox({
    seed: 'demo',
    appProperties: propertyCatalog(defaultConfig),
  });
  // As in HubSpot: the token and (here) the API's address come from the environment.
  process.env.PRIVATE_APP_ACCESS_TOKEN = 'upload-rehearsal';
  process.env.HUBSPOT_BASE_URL = sandbox.url;
  const adminKey = randomBytes(18).toString('base64url');
  process.env.CARE_MODEL_ADMIN_KEY = adminKey;
  try {
    for (const name of ['install_fields', 'get_settings']) {
      const main = loaded.get(name);
      if (!main) return { step: 'run a function', ok: false, detail: `${name} was not loaded` };
      const answer = answerSchema.parse(
        JSON.parse(
          JSON.stringify(
            await main({
              parameters: name === 'install_fields' ? { adminKey } : {},
              propertiesToSend: {},
              secrets: {},
            }),
          ),
        ),
      );
      if (!answer.ok)
        return {
          step: 'run a function',
          ok: false,
          detail: `${name} answered an error: ${answer.error.message}`,
        };
    }
    return {
      step: 'run a function',
      ok: true,
      detail: `get_settings answered ok (after install_fields) against the sandbox at ${sandbox.url}`,
    };
  } finally {
    await sandbox.close();
  }
}
