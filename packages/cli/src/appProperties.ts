import * as core from '@care-model/core';
import { type PropertyDefinition, propertyDefinitionSchema } from '@care-model/sandbox';
import { z } from 'zod';

/** The app's company property catalog from the core, when the core offers one. */
export function loadAppProperties(): PropertyDefinition[] | undefined {
  const exported: Record<string, unknown> = { ...core };
  const catalog = exported.propertyCatalog;
  if (typeof catalog !== 'function') return undefined;
  const parsed = z.array(propertyDefinitionSchema).safeParse(catalog(exported.defaultConfig));
  return parsed.success ? parsed.data : undefined;
}
