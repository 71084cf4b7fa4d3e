import { changedProperties, evaluateCompany } from '@care-model/core';
import type { WriteData } from '@care-model/contract';
import { updateCompany, careViewData, type CompanyContext } from '@care-model/hubspot';
import type { FunctionEnv } from './defineFunction';

/**
 * Applies a person's fields (scores, override, activity date…), re-evaluates, and writes in one PATCH
 * exactly the properties whose value changed.
 */
export async function writeView(
  env: FunctionEnv,
  context: CompanyContext,
  personFields: Readonly<Record<string, string>> = {},
): Promise<WriteData> {
  const stored = context.company.properties;
  const input = { ...context.input, properties: { ...stored, ...personFields } };
  const view = evaluateCompany(input, context.settings.config, context.ctx);
  const changes = changedProperties(stored, { ...personFields, ...view.kpi });
  const written = await updateCompany(env.client, context.company.id, changes);
  return { ...careViewData({ ...context, input }, view), written };
}
