import fc from 'fast-check';
import { careViewSchema } from './care-plan/careView';
import type { CompanyInput, RawProperties } from './company/companyInput';
import { defaultConfig, parseConfig } from './config/parseConfig';
import { evaluateCompany, evaluateInPortfolio } from './evaluate';
import { changedProperties } from './kpi/changedProperties';
import { stepMarker } from './next-steps/stepMarker';
import { contextAt } from './testing/fixtures';

const ctx = contextAt('2026-11-01T10:00:00Z');

function companyWith(properties: RawProperties, deals: CompanyInput['deals'] = []): CompanyInput {
  return { id: '101', properties, deals, tasks: [] };
}

describe('evaluateCompany', () => {
  it('classifies, dates, lists the next steps and derives the KPI fields (S4 worked example)', () => {
    const view = evaluateCompany(
      companyWith(
        {
          hubspot_owner_id: '7',
          care_potential_upsell: '2',
          care_potential_development: '2',
          care_potential_internal: '0',
          care_potential_assessed_at: '2026-06-01',
          notes_last_contacted: '2026-10-01T08:00:00Z',
        },
        [{ properties: { amount: '48200', closedate: '2026-05-01T00:00:00Z' } }],
      ),
      defaultConfig,
      ctx,
    );
    expect(view.classification.segment).toBe('develop');
    expect(view.carePlan).toBe(defaultConfig.carePlans.develop);
    expect(view.dates).toMatchObject({ nextContactDue: '2026-11-30', contactStatus: 'on_track' });
    expect(view.checklist.map((item) => item.rule)).toEqual([
      'review-due',
      'plan-missing',
      'check-in-due',
      'no-next-step',
      'data-gaps',
    ]);
    expect(view.kpi).toMatchObject({
      care_segment: 'develop',
      care_value_amount: '48200',
      care_value_class: '2',
      care_potential_score: '4',
      care_next_contact_due: '2026-11-30',
    });
  });

  it('writes nothing on a second evaluation with the same inputs', () => {
    const input = companyWith({ care_potential_upsell: '3' });
    const first = evaluateCompany(input, defaultConfig, ctx);
    const stored = { ...input.properties, ...first.kpi };
    const later = { ...ctx, now: new Date('2026-11-01T18:00:00Z') };
    const second = evaluateCompany({ ...input, properties: stored }, defaultConfig, later);
    expect(changedProperties(stored, second.kpi)).toEqual({});
  });
});

const raw = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', 'NaN', '-1', '1e400', '3', '2', '0', '2028-02-29', '2026-02-29', 'key'),
  fc.constantFrom('dissatisfied_at_risk', '99999999999999', '-5e3', '1.5'),
  fc
    .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') })
    .map((d) => d.toISOString()),
  fc.string({ maxLength: 8 }),
);
const names = [
  'hubspot_owner_id',
  'industry',
  'annualrevenue',
  'notes_last_contacted',
  'hs_last_sales_activity_timestamp',
  'care_last_review_at',
  'care_plan_updated_at',
  'care_last_check_in_at',
  'care_relationship_status',
  'care_potential_upsell',
  'care_potential_development',
  'care_potential_internal',
  'care_potential_assessed_at',
  'care_override_segment',
  'care_override_reason',
  'care_override_until',
  'care_value_class',
  'care_value_amount',
  'care_segment',
  'care_classified_at',
];
const input: fc.Arbitrary<CompanyInput> = fc.record({
  id: fc.stringMatching(/^[1-9][0-9]{0,9}$/),
  properties: fc.dictionary(fc.constantFrom(...names), raw),
  deals: fc.array(fc.record({ properties: fc.record({ amount: raw, closedate: raw }) }), {
    maxLength: 3,
  }),
  tasks: fc.array(
    fc.record({
      id: fc.string({ maxLength: 4 }),
      properties: fc.record({
        hs_task_body: fc.oneof(fc.string(), fc.constantFrom('101:classify:never').map(stepMarker)),
        hs_task_status: fc.constantFrom('COMPLETED', 'NOT_STARTED', undefined),
      }),
    }),
    { maxLength: 3 },
  ),
});
const context = fc.record({
  now: fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }),
  timeZone: fc.constantFrom('UTC', 'Europe/Helsinki', 'America/New_York', 'Pacific/Auckland'),
});
const pareto = parseConfig({ value: { classes: { mode: 'pareto' } }, locale: 'fi' });
const configs = pareto.ok ? [defaultConfig, pareto.config] : [defaultConfig];

describe('evaluateCompany (properties)', () => {
  it('is total, deterministic and idempotent for any input', () => {
    fc.assert(
      fc.property(input, context, fc.constantFrom(...configs), (company, at, config) => {
        const view = evaluateCompany(company, config, at);
        expect(evaluateCompany(company, config, at)).toEqual(view);
        expect(careViewSchema.parse(view)).toEqual(view);
        expect(changedProperties(view.kpi, view.kpi)).toEqual({});
        expect(new Set(view.checklist.map((i) => i.key)).size).toBe(view.checklist.length);
        const stored = { ...company.properties, ...view.kpi };
        const again = evaluateCompany({ ...company, properties: stored }, config, at);
        expect(changedProperties(stored, again.kpi)).toEqual({});
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluateInPortfolio', () => {
  const pareto = parseConfig({
    value: { classes: { mode: 'pareto', aShare: 0.65, cShareOfCount: 0.8 } },
  });
  if (!pareto.ok) throw new Error('the Pareto config does not parse');
  const company = companyWith({ lifecyclestage: 'customer' }, [
    { properties: { amount: '1000', closedate: '2026-05-01T00:00:00Z', dealstage: 'closedwon' } },
  ]);

  it('takes the value class from the portfolio cutoffs in Pareto mode', () => {
    const top = { class1Min: 500, lowestAboveC: 100, total: 10_000 };
    const bottom = { class1Min: 5_000, lowestAboveC: 2_000, total: 10_000 };
    expect(evaluateInPortfolio(company, pareto.config, ctx, top).kpi.care_value_class).toBe('1');
    expect(evaluateInPortfolio(company, pareto.config, ctx, bottom).kpi.care_value_class).toBe('3');
  });

  it('without cutoffs is evaluateCompany', () => {
    expect(evaluateInPortfolio(company, defaultConfig, ctx, null)).toEqual(
      evaluateCompany(company, defaultConfig, ctx),
    );
  });
});
