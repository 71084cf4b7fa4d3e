import type { KpiFields } from './kpiFieldsSchema';
import type { RawProperties } from '../company/companyInput';
import { readCalendarDate, readInstant, readNumber } from '../company/read';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const instantPattern = /^\d{4}-\d{2}-\d{2}T/;

function sameValue(stored: string, next: string): boolean {
  if (stored === next) return true;
  if (stored === '' || next === '') return false;
  if (datePattern.test(next)) return readCalendarDate(stored) === next;
  if (instantPattern.test(next)) {
    const [a, b] = [readInstant(stored), readInstant(next)];
    return a !== null && b !== null && a.getTime() === b.getTime();
  }
  const [a, b] = [readNumber(stored), readNumber(next)];
  if (a !== null && b !== null) return a === b;
  return stored.toLowerCase() === next.toLowerCase() && /^(true|false)$/i.test(next);
}

/**
 * The entries of `next` whose value differs from the stored properties ('' and missing are equal; numbers, dates and datetimes compare by value).
 * @example changedProperties({ care_value_amount: '48200.0' }, { care_value_amount: '48200' }) → {}
 */
export function changedProperties(current: RawProperties, next: KpiFields): KpiFields {
  return Object.fromEntries(
    Object.entries(next).filter(([name, value]) => {
      const stored = Object.prototype.hasOwnProperty.call(current, name) ? current[name] : null;
      return !sameValue((stored ?? '').trim(), value.trim());
    }),
  );
}
