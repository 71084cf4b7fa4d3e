import {
  hubspotDateTime,
  taskPropertiesFor,
  type CareConfig,
  type ChecklistItem,
  type EvaluationContext,
  type TaskInput,
} from '@care-model/core';

/** A task a recompute created (or found) for a step key. */
export interface StepTaskRef {
  key: string;
  companyId: string;
  taskId: string;
}

/** The steps' tasks as the core sees them (open, with the marker, untouched: just made), by company. */
export function tasksByCompany(
  tasks: readonly StepTaskRef[],
  items: readonly ChecklistItem[],
  config: CareConfig,
  ctx: EvaluationContext,
): Map<string, TaskInput[]> {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const byCompany = new Map<string, TaskInput[]>();
  for (const task of tasks) {
    const item = byKey.get(task.key);
    const list = byCompany.get(task.companyId) ?? [];
    const made = hubspotDateTime(ctx.now);
    const properties = item ? taskPropertiesFor(item, config, ctx) : {};
    list.push({
      id: task.taskId,
      properties: { ...properties, hs_createdate: made, hs_lastmodifieddate: made },
    });
    byCompany.set(task.companyId, list);
  }
  return byCompany;
}
