import type { CareConfig } from '../config/configSchema';
import type { CompanyInput } from '../company/companyInput';
import { prop, readInstant, readNumber } from '../company/read';

type ValueSource = CareConfig['value']['source'];

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The company's value amount: closed-won deal amounts in the trailing window, or a company number
 * property; null = insufficient data.
 * @example windowDays 365, now 2026-06-01: deals closed 2025-06-02 and 2026-06-01 count, 2025-06-01 does not.
 */
export function valueAmount(input: CompanyInput, source: ValueSource, now: Date): number | null {
  if (source.mode === 'property') return prop(input.properties, source.property, readNumber);
  // The window is (now − windowDays × 24 h, now]; deals with an unreadable amount or closedate are ignored.
  const from = now.getTime() - source.windowDays * dayMs;
  let sum = 0;
  for (const deal of input.deals) {
    const amount = prop(deal.properties, 'amount', readNumber);
    const closedAt = prop(deal.properties, 'closedate', readInstant)?.getTime();
    // Negative amounts (credit notes) count as given: a net-negative value is class 3 in bands mode.
    if (amount !== null && closedAt !== undefined && closedAt > from && closedAt <= now.getTime())
      sum += amount;
  }
  // A sum beyond the floating-point range is unreadable data, not a value.
  return Number.isFinite(sum) ? sum : null;
}
