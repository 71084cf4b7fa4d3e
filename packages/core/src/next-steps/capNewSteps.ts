import { compareDates } from '../care-plan/calendar';
import type { ChecklistItem } from './checklistItem';
import { parseStepKey } from './stepKey';

const companyOf = (key: string) => parseStepKey(key)?.companyId ?? key;

/** The steps a run turns into tasks, and those held back as suggestions by the per-owner cap. */
export interface CappedSteps {
  readonly create: ChecklistItem[];
  readonly held: ChecklistItem[];
}

/**
 * At most `cap` new tasks per owner (companies without an owner count as one owner), oldest due
 * first, so a first sync never floods a team (specification, section 4); a company's reminder to
 * document a next step is dropped when the run creates another of its steps.
 * @example 30 steps of owner 7, cap 25 → the 25 due earliest are created, 5 held back
 */
export function capNewSteps(items: readonly ChecklistItem[], cap: number): CappedSteps {
  const sorted = [...items].sort(
    (a, b) => compareDates(a.dueDate, b.dueDate) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const taken = new Map<string | null, number>();
  const create: ChecklistItem[] = [];
  const held: ChecklistItem[] = [];
  for (const item of sorted) {
    const count = taken.get(item.ownerId) ?? 0;
    if (count < cap) {
      create.push(item);
      taken.set(item.ownerId, count + 1);
    } else held.push(item);
  }
  // A company that gets a real task this run needs no "Document the next step" reminder (S0).
  const covered = new Set(
    create.filter((item) => item.rule !== 'no-next-step').map((item) => companyOf(item.key)),
  );
  const redundant = (item: ChecklistItem) =>
    item.rule === 'no-next-step' && covered.has(companyOf(item.key));
  return { create: create.filter((item) => !redundant(item)), held };
}

/** How many steps each owner gets (null = no owner), owners ascending, no owner last. */
export function stepsPerOwner(items: readonly ChecklistItem[]): [string | null, number][] {
  const counts = new Map<string | null, number>();
  for (const item of items) counts.set(item.ownerId, (counts.get(item.ownerId) ?? 0) + 1);
  return [...counts].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
}
