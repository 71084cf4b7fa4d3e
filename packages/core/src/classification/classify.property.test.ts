import fc from 'fast-check';
import { parseConfig, defaultConfig } from '../config/parseConfig';
import { segments, type Segment } from '../config/vocabulary';
import type { CompanyInput, RawProperties } from '../company/companyInput';
import { classifyCompany } from './classify';

const tricky = fc.constantFrom(
  '',
  ' ',
  '\t\n',
  'NaN',
  'abc',
  'Infinity',
  '-Infinity',
  '1e308',
  '-1e308',
  '1e309',
  '-1',
  '-0',
  '0',
  '1',
  '2',
  '3',
  '4',
  '1.5',
  ' 2 ',
  '2026-02-29',
  '2027-05-01',
  '2026-06-01T00:00:00Z',
  '1772323200000',
  'key',
  'develop',
  'unidentified',
  'satisfied_engaged',
);
const raw = fc
  .option(fc.oneof(tricky, fc.string(), fc.double().map(String), fc.integer().map(String)), {
    nil: undefined,
  })
  .map((v) => (v === undefined ? null : v));
const knownKeys = [
  'care_potential_upsell',
  'care_potential_development',
  'care_potential_internal',
  'care_potential_extra',
  'care_potential_assessed_at',
  'care_potential_rationale',
  'care_override_segment',
  'care_override_reason',
  'care_override_until',
  'care_value_class',
  'annualrevenue',
  'care_relationship_status',
];
const properties: fc.Arbitrary<RawProperties> = fc
  .tuple(
    fc.record(Object.fromEntries(knownKeys.map((k) => [k, raw])), { requiredKeys: [] }),
    fc.dictionary(fc.string(), raw, { maxKeys: 3 }),
  )
  .map(([known, extra]) => ({ ...extra, ...known }));
const companyInput: fc.Arbitrary<CompanyInput> = fc.record({
  id: fc.string(),
  properties,
  deals: fc.array(fc.record({ properties: fc.record({ amount: raw, closedate: raw }) }), {
    maxLength: 8,
  }),
  tasks: fc.constant([]),
});
const ctx = fc.record({
  now: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  timeZone: fc.constantFrom('UTC', 'Europe/Helsinki', 'Pacific/Auckland', 'America/Los_Angeles'),
  paretoClass: fc.constantFrom(undefined, null, '1' as const, '2' as const, '3' as const),
});

const text = fc.string({ maxLength: 20 }).map((s) => `L${s}`);
const label = fc.record({ en: text, fi: text });
const segmentCell = fc.constantFrom('key', 'develop', 'retain');
const configInput = fc.record(
  {
    locale: fc.constantFrom('en', 'fi'),
    value: fc.record(
      {
        source: fc.oneof(
          fc.record({ mode: fc.constant('deals'), windowDays: fc.integer({ min: 1, max: 3660 }) }),
          fc.record({ mode: fc.constant('property'), property: fc.constant('annualrevenue') }),
        ),
        classes: fc.oneof(
          fc.record({
            mode: fc.constant('bands'),
            class1Min: fc.integer({ min: 1, max: 1e9 }),
            class2Min: fc.constant(0),
          }),
          fc.record({
            mode: fc.constant('pareto'),
            aShare: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
            cShareOfCount: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
          }),
        ),
        currency: fc.constantFrom('EUR', 'USD', 'SEK', 'JPY', 'XYZ'),
      },
      { requiredKeys: [] },
    ),
    potential: fc.record({
      factors: fc.uniqueArray(
        fc.record({
          id: fc.constantFrom('upsell', 'development', 'internal', 'extra'),
          label,
          required: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4, selector: (f) => f.id },
      ),
      bands: fc.constant({ lowMax: 0, mediumMax: 1 }),
    }),
    matrix: fc.record({
      '1': fc.record({ low: segmentCell, medium: segmentCell, high: segmentCell }),
      '3': fc.record({ high: segmentCell }, { requiredKeys: [] }),
    }),
    labels: fc.record({ segments: fc.record({ key: label, retain: label }, { requiredKeys: [] }) }),
  },
  { requiredKeys: [] },
);

describe('classifyCompany for any input', () => {
  it('is total and deterministic with the default config', () => {
    fc.assert(
      fc.property(companyInput, ctx, (input, context) => {
        const first = classifyCompany(input, defaultConfig, context);
        expect(classifyCompany(input, defaultConfig, context)).toEqual(first);
        expect(segments).toContain(first.segment);
        expect(segments).toContain(first.computedSegment);
        expect(first.explanation.en.length).toBeGreaterThan(0);
        expect(first.explanation.fi.length).toBeGreaterThan(0);
        expect(first.cell === null).toBe(first.computedSegment === 'unidentified');
      }),
      { numRuns: 500 },
    );
  });

  it('classifies with any config that parses', () => {
    fc.assert(
      fc.property(configInput, companyInput, ctx, (input, company, context) => {
        const parsed = parseConfig(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const result = classifyCompany(company, parsed.config, context);
        expect(classifyCompany(company, parsed.config, context)).toEqual(result);
        expect(segments).toContain<Segment>(result.segment);
        expect(result.explanation.en.trim()).not.toBe('');
        expect(result.explanation.fi.trim()).not.toBe('');
        if (result.override?.active !== true) expect(result.segment).toBe(result.computedSegment);
      }),
      { numRuns: 300 },
    );
  });
});
