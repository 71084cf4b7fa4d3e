import {
  parseStepKey,
  type ChecklistItem,
  type LocalizedText,
  type TaskPriority,
  type TaskType,
} from '@care-model/core';
import type { FunctionError } from '@care-model/contract';

interface ItemInput {
  key: string;
  title: LocalizedText;
  dueDate: string;
  taskType: TaskType;
  priority: TaskPriority;
}

/**
 * The card's items as checklist items of this company: each key must be a step key of this company
 * (the core's `parseStepKey`), or the whole call is refused naming the item.
 */
export function checklistItems(
  companyId: string,
  items: readonly ItemInput[],
): { ok: true; items: ChecklistItem[] } | { ok: false; error: FunctionError } {
  const seen = new Set<string>();
  const out: ChecklistItem[] = [];
  for (const [index, item] of items.entries()) {
    const parts = parseStepKey(item.key);
    if (parts?.companyId !== companyId)
      return {
        ok: false,
        error: {
          code: 'invalid_input',
          message: `"${item.key}" is not a next step of company ${companyId}.`,
          field: `items.${index}.key`,
        },
      };
    if (seen.has(item.key)) continue;
    seen.add(item.key);
    out.push({ ...item, rule: parts.rule, ownerId: null, state: 'suggested', taskId: null });
  }
  return { ok: true, items: out };
}
