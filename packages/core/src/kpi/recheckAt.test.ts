import fc from 'fast-check';
import type { CompanyInput, DealInput } from '../company/companyInput';
import { defaultConfig } from '../config/parseConfig';
import { evaluateCompany } from '../evaluate';
import { configOf, contextAt, healthy, scores } from '../testing/fixtures';
import { recheckAt } from './recheckAt';

const dayMs = 24 * 60 * 60 * 1000;
const start = Date.parse('2026-11-02T09:00:00Z');

const day = (offsetDays: number) => new Date(start + offsetDays * dayMs).toISOString().slice(0, 10);
const instant = (offsetMs: number) => new Date(start + offsetMs).toISOString();

const companyArbitrary: fc.Arbitrary<CompanyInput> = fc
  .record({
    contactedDaysAgo: fc.option(fc.integer({ min: 0, max: 400 })),
    reviewDaysAgo: fc.option(fc.integer({ min: 0, max: 800 })),
    planDaysAgo: fc.option(fc.integer({ min: 0, max: 800 })),
    checkInDaysAgo: fc.option(fc.integer({ min: 0, max: 800 })),
    assessedDaysAgo: fc.option(fc.integer({ min: 0, max: 800 })),
    overrideDaysAhead: fc.option(fc.integer({ min: -3, max: 60 })),
    lifecycle: fc.constantFrom('customer', 'lead'),
    owner: fc.boolean(),
    deals: fc.array(
      fc.record({
        closedMsAgo: fc.integer({ min: -30 * dayMs, max: 800 * dayMs }),
        amount: fc.integer({ min: 0, max: 200_000 }),
      }),
      { maxLength: 4 },
    ),
  })
  .map((facts) => ({
    id: '101',
    properties: {
      ...(facts.owner ? { hubspot_owner_id: '7' } : {}),
      lifecyclestage: facts.lifecycle,
      ...(facts.contactedDaysAgo !== null && {
        notes_last_contacted: instant(-facts.contactedDaysAgo * dayMs - 3_600_000),
      }),
      ...(facts.reviewDaysAgo !== null && { care_last_review_at: day(-facts.reviewDaysAgo) }),
      ...(facts.planDaysAgo !== null && { care_plan_updated_at: day(-facts.planDaysAgo) }),
      ...(facts.checkInDaysAgo !== null && { care_last_check_in_at: day(-facts.checkInDaysAgo) }),
      ...(facts.assessedDaysAgo !== null && {
        ...scores('2', '1', '2'),
        care_potential_assessed_at: day(-facts.assessedDaysAgo),
      }),
      ...(facts.overrideDaysAhead !== null && {
        care_override_segment: 'key',
        care_override_reason: 'strategic',
        care_override_until: day(facts.overrideDaysAhead),
      }),
    },
    deals: facts.deals.map((deal): DealInput => ({
      properties: { amount: String(deal.amount), closedate: instant(-deal.closedMsAgo) },
    })),
    tasks: [],
  }));

// Everything stored but the run's timestamp (which any change moves); a suggested step's due date
// follows today and is stored only when its task is created.
const stable = (input: CompanyInput, at: number, timeZone: string, config = defaultConfig) => {
  const view = evaluateCompany(input, config, { now: new Date(at), timeZone });
  const { care_classified_at: _at, ...kpi } = view.kpi;
  return { kpi, checklist: view.checklist.map(({ dueDate: _due, ...item }) => item) };
};

describe('recheckAt', () => {
  it('names the start of the day "due soon" begins, in the portal time zone', () => {
    const input = {
      id: '1',
      properties: { ...healthy, ...scores('2', '2', '2'), lifecyclestage: 'customer' },
      deals: [],
      tasks: [],
    };
    const ctx = contextAt('2026-11-01T10:00:00Z', 'Pacific/Auckland');
    const at = recheckAt(input, evaluateCompany(input, defaultConfig, ctx), defaultConfig, ctx);
    // Auckland is 13 h ahead in November: its midnight is 11:00 UTC of the day before.
    expect(at?.toISOString()).toMatch(/T11:00:00.000Z$/);
  });

  it('is null for a company out of scope in bands mode', () => {
    const input = { id: '1', properties: { lifecyclestage: 'lead' }, deals: [], tasks: [] };
    const ctx = contextAt('2026-11-01T10:00:00Z');
    expect(
      recheckAt(input, evaluateCompany(input, defaultConfig, ctx), defaultConfig, ctx),
    ).toBeNull();
  });

  it.each(['UTC', 'Pacific/Auckland', 'America/Los_Angeles'])(
    'nothing changes before it, in %s (bands and Pareto, property-based)',
    (timeZone) => {
      const pareto = configOf({ value: { classes: { mode: 'pareto' } } });
      fc.assert(
        fc.property(
          companyArbitrary,
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.boolean(),
          (input, fraction, usePareto) => {
            const config = usePareto ? pareto : defaultConfig;
            const ctx = { now: new Date(start), timeZone };
            const first = evaluateCompany(input, config, ctx);
            // As a run leaves it: the fields written, then evaluated again later.
            const written = { ...input, properties: { ...input.properties, ...first.kpi } };
            const at = recheckAt(input, first, config, ctx);
            const until = at ? at.getTime() : start + 900 * dayMs;
            expect(until).toBeGreaterThan(start);
            const later = start + Math.floor((until - start - 1) * fraction);
            expect(stable(written, later, timeZone, config)).toEqual(
              stable(written, start, timeZone, config),
            );
          },
        ),
        { numRuns: 120 },
      );
    },
  );
});
