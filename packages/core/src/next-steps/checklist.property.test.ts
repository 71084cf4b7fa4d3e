import fc from 'fast-check';
import { careDates } from '../care-plan/careDates';
import type { CompanyInput } from '../company/companyInput';
import { defaultConfig } from '../config/parseConfig';
import { segments } from '../config/vocabulary';
import { classificationFor } from '../testing/fixtures';
import { buildChecklist } from './checklist';
import { readStepKey, stepMarker } from './stepMarker';

const messy = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constantFrom(
    '',
    'NaN',
    'Infinity',
    '-1',
    '1e400',
    '2028-02-29',
    '2026-02-29',
    '0',
    '99999999999999',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer({ min: -1e15, max: 1e15 }).map(String),
  fc.string(),
);
const propertyNames = [
  'hubspot_owner_id',
  'industry',
  'annualrevenue',
  'notes_last_contacted',
  'hs_last_sales_activity_timestamp',
  'care_last_review_at',
  'care_plan_updated_at',
  'care_last_check_in_at',
  'care_relationship_status',
];
const company = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  properties: fc.dictionary(fc.constantFrom(...propertyNames), messy),
  deals: fc.constant([]),
  tasks: fc.array(
    fc.record({
      id: fc.string(),
      properties: fc.record({
        hs_task_body: fc.oneof(fc.string(), fc.string().map(stepMarker), fc.constant(undefined)),
        hs_task_status: fc.constantFrom('COMPLETED', 'NOT_STARTED', 'WAITING', undefined),
      }),
    }),
    { maxLength: 4 },
  ),
}) satisfies fc.Arbitrary<CompanyInput>;
const ctx = fc.record({
  now: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  timeZone: fc.constantFrom(
    'UTC',
    'Europe/Helsinki',
    'America/New_York',
    'Pacific/Auckland',
    'Nowhere',
  ),
});
const classification = fc
  .tuple(fc.constantFrom(...segments), fc.option(fc.constantFrom('2025-01-31', '2028-02-29', 'x')))
  .map(([segment, assessedAt]) => classificationFor(segment, {}, assessedAt));

describe('buildChecklist (properties)', () => {
  it('is total and deterministic, with unique keys in rule order', () => {
    fc.assert(
      fc.property(company, classification, ctx, (input, c, at) => {
        const plan = defaultConfig.carePlans[c.segment];
        const run = () =>
          buildChecklist(input, c, careDates(input, c, plan, at), defaultConfig, at);
        const items = run();
        expect(run()).toEqual(items);
        expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
        for (const item of items) {
          expect(item.key.startsWith(`${input.id}:${item.rule}:`)).toBe(true);
          expect(item.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (!/[\]\s]/.test(item.key)) expect(readStepKey(stepMarker(item.key))).toBe(item.key);
        }
      }),
    );
  });
});
