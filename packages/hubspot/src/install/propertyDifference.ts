import type { PropertyDefinition, PropertyOption } from '@care-model/core';
import { z } from 'zod';

/** A property as HubSpot answers it (only what the install compares). */
export const existingPropertySchema = z.object({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  fieldType: z.string(),
  groupName: z.string().optional(),
  description: z.string().optional(),
  options: z
    .array(z.object({ label: z.string(), value: z.string(), hidden: z.boolean().optional() }))
    .optional(),
});
export type ExistingProperty = z.infer<typeof existingPropertySchema>;

/** Options to keep: the catalog's, then any a portal added (never removed: records may hold them). */
export function mergedOptions(
  wanted: PropertyDefinition,
  existing: ExistingProperty,
): PropertyOption[] {
  const extra = (existing.options ?? [])
    .filter((o) => !wanted.options.some((w) => w.value === o.value))
    .map((o, i) => ({
      label: o.label,
      value: o.value,
      displayOrder: wanted.options.length + i,
      hidden: o.hidden ?? false,
    }));
  return [...wanted.options, ...extra];
}

/** What differs between the catalog's definition and the portal's ("" when nothing does). */
export function propertyDifference(wanted: PropertyDefinition, existing: ExistingProperty): string {
  const diffs: string[] = [];
  if (existing.label !== wanted.label) diffs.push('label');
  if ((existing.description ?? '') !== wanted.description) diffs.push('description');
  if (existing.groupName !== wanted.groupName) diffs.push('group');
  if (existing.fieldType !== wanted.fieldType) diffs.push('field type');
  const have = existing.options ?? [];
  const added = wanted.options.filter((o) => !have.some((h) => h.value === o.value));
  const relabelled = wanted.options.filter((o) =>
    have.some((h) => h.value === o.value && h.label !== o.label),
  );
  if (added.length > 0) diffs.push(`options: + ${added.map((o) => o.value).join(', ')}`);
  if (relabelled.length > 0)
    diffs.push(`option labels: ${relabelled.map((o) => o.value).join(', ')}`);
  return diffs.join('; ');
}
