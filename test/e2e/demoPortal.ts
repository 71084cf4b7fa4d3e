import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultConfig, propertyCatalog } from '@care-model/core';
import type { Client } from '@hubspot/api-client';
import { startPreview, type Preview } from '@care-model/preview';
import {
  createSandbox,
  propertyDefinitionSchema,
  type Sandbox,
  type SandboxOptions,
} from '@care-model/sandbox';
import { z } from 'zod';

const functionsDir = path.resolve(__dirname, '../../src/app/functions');
const usedFunctions = [
  'install_fields',
  'classify_company',
  'load_care_view',
  'save_assessment',
  'sync_next_steps',
  'recompute_portfolio',
] as const;
export const token = 'preview-e2e-token';
/** The settings page's admin key, handed to the functions as the CARE_MODEL_ADMIN_KEY secret. */
export const demoAdminKey = 'preview-e2e-admin-key';
const succeeded = z.object({ ok: z.literal(true) }).loose();

/**
 * The demo portfolio in a sandbox (or `options.seed`, answering with `options.latency`), the app's
 * fields installed, and the preview serving the real code.
 */
export async function startDemoPortal(
  options: Pick<SandboxOptions, 'seed' | 'latency'> = {},
): Promise<{
  sandbox: Sandbox;
  preview: Preview;
  close: () => Promise<void>;
}> {
  const missing = usedFunctions.filter(
    (name) => !existsSync(path.join(functionsDir, `${name}.js`)),
  );
  if (missing.length > 0)
    throw new Error(
      `Build the function bundles first (npm run build:functions): ${missing.join(', ')}`,
    );
  const appProperties = z.array(propertyDefinitionSchema).parse(propertyCatalog(defaultConfig));
  const sandbox = await createSandbox({ seed: 'demo', appProperties, ...options });
  const preview = await startPreview({
    sandboxUrl: sandbox.url,
    token,
    host: '127.0.0.1',
    adminKey: demoAdminKey,
  });
  const installed = await callFunction(preview.url, 'install_fields', {
    dryRun: false,
    adminKey: demoAdminKey,
  });
  if (!succeeded.safeParse(installed).success) {
    throw new Error(`install_fields failed: ${JSON.stringify(installed)}`);
  }
  return {
    sandbox,
    preview,
    close: async () => {
      await preview.close();
      await sandbox.close();
    },
  };
}

/** Runs an app function through the preview, as a card's `hubspot.serverless` would. */
export async function callFunction(
  previewUrl: string,
  name: string,
  parameters: unknown,
): Promise<unknown> {
  const response = await fetch(`${previewUrl}/api/functions/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ parameters }),
  });
  return response.json();
}

/**
 * Classifies demo companies one by one (what `recompute` does for all) until one is unidentified only
 * for want of a potential assessment: its value class is known, so assessing it must move it.
 */
export async function findUnidentifiedCompany(previewUrl: string, client: Client) {
  const page = await client.crm.companies.basicApi.getPage(60, undefined, ['name']);
  for (const company of page.results) {
    await callFunction(previewUrl, 'classify_company', { companyId: company.id });
    const stored = await client.crm.companies.basicApi.getById(company.id, [
      'name',
      'care_segment',
      'care_value_class',
    ]);
    const { care_segment: segment, care_value_class: valueClass } = stored.properties;
    if (segment === 'unidentified' && valueClass)
      return { id: company.id, name: stored.properties.name ?? '' };
  }
  throw new Error(
    'No unidentified company with a known value class among the first 60 demo companies.',
  );
}
