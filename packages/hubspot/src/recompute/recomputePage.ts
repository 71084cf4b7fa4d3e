import type { Client } from '@hubspot/api-client';
import {
  capNewSteps,
  changedProperties,
  evaluateInPortfolio,
  parseStepKey,
  taskClosures,
  type CareConfig,
  type ChecklistItem,
  type CompanyInput,
  type EvaluationContext,
  type ParetoCutoffs,
  type PortfolioCompany,
  type Segment,
  type TaskClosure,
} from '@care-model/core';
import { called } from '../client/callPolicy';
import { closeStepTasks } from '../tasks/closeStepTasks';
import { directCalls, syncStepTasks } from '../tasks/syncStepTasks';
import { chunks } from '../records/crmRecord';
import { tasksByCompany, type StepTaskRef } from './tasksByCompany';

/** What one page of the recompute did. */
export interface PageOutcome {
  segments: Record<Segment, number>;
  changed: number;
  tasksCreated: number;
  tasksClosed: number;
  tasksHeldBack: number;
  /** New tasks per owner ('' = no owner). */
  tasksPerOwner: Record<string, number>;
  /** The companies' properties as the page left them (read, then written): for the snapshot. */
  stored: PortfolioCompany[];
}

export interface PageRun {
  config: CareConfig;
  ctx: EvaluationContext;
  /** Pareto mode: the portfolio's cutoffs from the first pass. */
  cutoffs: ParetoCutoffs | null;
  /** Claim and create the due steps' tasks, and close the obsolete ones (as `recompute --sync-tasks`). */
  syncTasks: boolean;
  /** New tasks per owner earlier pages of the run made. */
  tasksPerOwner: Readonly<Record<string, number>>;
}

/** The due steps within each owner's cap for the run (what earlier pages made counts). */
function capped(items: readonly ChecklistItem[], run: PageRun) {
  const byOwner = new Map<string, ChecklistItem[]>();
  for (const item of items)
    byOwner.set(item.ownerId ?? '', [...(byOwner.get(item.ownerId ?? '') ?? []), item]);
  const create: ChecklistItem[] = [];
  let held = 0;
  for (const [owner, owned] of byOwner) {
    const left = run.config.tasks.newPerOwnerPerRun - (run.tasksPerOwner[owner] ?? 0);
    const result = capNewSteps(owned, Math.max(0, left));
    create.push(...result.create);
    held += result.held.length;
  }
  return { create, held };
}

function closed(input: CompanyInput, closures: readonly TaskClosure[]): CompanyInput {
  const byTask = new Map(closures.map((closure) => [closure.taskId, closure]));
  return {
    ...input,
    tasks: input.tasks.map((task) => {
      const closure = byTask.get(task.id);
      return closure
        ? { id: task.id, properties: { ...task.properties, ...closure.properties } }
        : task;
    }),
  };
}

/** Makes the page's due tasks and closes its obsolete ones; answers the inputs as they now are. */
async function syncPage(client: Client, inputs: readonly CompanyInput[], run: PageRun) {
  const steps: ChecklistItem[] = [];
  const closures: TaskClosure[] = [];
  for (const input of inputs) {
    const view = evaluateInPortfolio(input, run.config, run.ctx, run.cutoffs);
    steps.push(...view.checklist.filter((item) => item.state === 'suggested'));
    closures.push(...taskClosures(input, view.checklist, view.scope.inScope, run.config));
  }
  const { create, held } = capped(steps, run);
  const made: StepTaskRef[] = [];
  for (const part of chunks(create)) {
    const synced = await syncStepTasks(directCalls(client), part, run.config, run.ctx, {
      reclaimStale: false,
    });
    made.push(
      ...synced.created.map(({ key, taskId }) => ({
        key,
        companyId: parseStepKey(key)?.companyId ?? '',
        taskId,
      })),
    );
  }
  await closeStepTasks(directCalls(client), closures);
  const extra = tasksByCompany(made, steps, run.config, run.ctx);
  const tasksPerOwner: Record<string, number> = {};
  const ownerOf = new Map(steps.map((item) => [item.key, item.ownerId ?? '']));
  for (const task of made) {
    const owner = ownerOf.get(task.key) ?? '';
    tasksPerOwner[owner] = (tasksPerOwner[owner] ?? 0) + 1;
  }
  const now = inputs.map((input) => {
    const after = closed(input, closures);
    return { ...after, tasks: [...after.tasks, ...(extra.get(input.id) ?? [])] };
  });
  return { inputs: now, created: made.length, closed: closures.length, held, tasksPerOwner };
}

/**
 * One page of the portfolio recompute: (tasks,) evaluate every company with the core and write the
 * KPI fields that differ from the stored ones in one batch update: what `care-model recompute`
 * does for the same companies.
 */
export async function recomputePage(
  client: Client,
  inputs: readonly CompanyInput[],
  run: PageRun,
): Promise<PageOutcome> {
  const synced = run.syncTasks
    ? await syncPage(client, inputs, run)
    : { inputs, created: 0, closed: 0, held: 0, tasksPerOwner: {} };
  const segments: Record<Segment, number> = { key: 0, develop: 0, retain: 0, unidentified: 0 };
  const changes: { id: string; properties: Record<string, string> }[] = [];
  const stored: PageOutcome['stored'] = [];
  for (const input of synced.inputs) {
    const view = evaluateInPortfolio(input, run.config, run.ctx, run.cutoffs);
    segments[view.classification.segment] += 1;
    const properties = { ...changedProperties(input.properties, view.kpi) };
    if (Object.keys(properties).length > 0) changes.push({ id: input.id, properties });
    stored.push({ id: input.id, properties: { ...input.properties, ...properties } });
  }
  if (changes.length > 0)
    await called(client, 'safe', () => client.crm.companies.batchApi.update({ inputs: changes }));
  return {
    segments,
    changed: changes.length,
    tasksCreated: synced.created,
    tasksClosed: synced.closed,
    tasksHeldBack: synced.held,
    tasksPerOwner: synced.tasksPerOwner,
    stored,
  };
}
