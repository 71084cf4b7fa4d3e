import { defaultConfig } from '../config/parseConfig';
import type { CompanyInput, RawProperties } from '../company/companyInput';
import { configOf, contextAt, scores } from '../testing/fixtures';
import { classifyCompany } from './classify';

const ctx = contextAt('2026-06-01T09:00:00Z');
/** A company whose value comes from closed-won deals inside the default 365-day window. */
const company = (amounts: number[], properties: RawProperties = {}): CompanyInput => ({
  id: '1',
  properties,
  deals: amounts.map((amount, i) => ({
    id: `d${i}`,
    properties: { amount: String(amount), closedate: `2026-0${1 + (i % 5)}-15` },
  })),
  tasks: [],
});

describe('classifyCompany: the worked examples of S4 (spec section 2)', () => {
  it.each([
    { deals: [30000, 18200], factors: ['2', '2', '0'], valueClass: '2', segment: 'develop' },
    { deals: [5000], factors: ['1', '1', '0'], valueClass: '3', segment: 'retain' },
    { deals: [150000, 100000], factors: ['2', '3', '2'], valueClass: '1', segment: 'key' },
    { deals: [48200], factors: ['', '', ''], valueClass: '2', segment: 'unidentified' },
  ])('value class $valueClass, factors $factors → $segment', (example) => {
    const [u = '', d = '', i = ''] = example.factors;
    const result = classifyCompany(company(example.deals, scores(u, d, i)), defaultConfig, ctx);
    expect(result.value.valueClass).toBe(example.valueClass);
    expect(result.segment).toBe(example.segment);
    expect(result.computedSegment).toBe(example.segment);
  });

  it('explains the develop example in English and Finnish', () => {
    const result = classifyCompany(
      company([30000, 18200], scores('2', '2', '0')),
      defaultConfig,
      ctx,
    );
    expect(result.cell).toEqual({ valueClass: '2', band: 'medium' });
    expect(result.unidentifiedReasons).toEqual([]);
    expect(result.explanation.en).toBe(
      'Value class 2 (€48,200 in 12 months) · potential 4/9 (Upsell 2, Development 2, Internal value 0) → Develop',
    );
    expect(result.explanation.fi.replace(/\s/g, ' ')).toBe(
      'Arvoluokka 2 (48 200 € / 12 kk) · potentiaali 4/9 (Lisämyynti 2, Kehitys 2, Sisäinen arvo 0) → Kehitettävä',
    );
  });

  it('S4: value alone never classifies', () => {
    const result = classifyCompany(company([48200], scores('2', '', '0')), defaultConfig, ctx);
    expect(result).toMatchObject({
      segment: 'unidentified',
      cell: null,
      unidentifiedReasons: ['potential_not_assessed'],
    });
    expect(result.explanation.en).toBe(
      'Value class 2 (€48,200 in 12 months) · potential not assessed (Development) → Unidentified',
    );
  });
});

describe('classifyCompany: value data', () => {
  it('makes a company with no deal in the window class 3', () => {
    const result = classifyCompany(company([], scores('2', '2', '2')), defaultConfig, ctx);
    expect(result.value).toEqual({ source: 'deals', amount: 0, valueClass: '3', windowDays: 365 });
    expect(result.segment).toBe('develop');
  });

  describe('property mode', () => {
    const config = configOf({ value: { source: { mode: 'property', property: 'annualrevenue' } } });

    it('is unidentified with an empty property: value data missing', () => {
      const result = classifyCompany(company([], scores('3', '3', '3')), config, ctx);
      expect(result).toMatchObject({
        segment: 'unidentified',
        unidentifiedReasons: ['value_missing'],
        value: { source: 'property', amount: null, valueClass: null, windowDays: null },
      });
      expect(result.explanation.en).toBe(
        'Value data missing · potential 9/9 (Upsell 3, Development 3, Internal value 3) → Unidentified',
      );
      expect(result.explanation.fi).toMatch(/^Arvotieto puuttuu · potentiaali 9\/9/);
    });

    it('names the property in the explanation', () => {
      const input = company([], { ...scores('2', '2', '2'), annualrevenue: '250000' });
      const result = classifyCompany(input, config, ctx);
      expect(result.segment).toBe('key');
      expect(result.explanation.en).toMatch(/^Value class 1 \(€250,000, annualrevenue\) · /);
      expect(result.explanation.fi.replace(/\s/g, ' ')).toMatch(
        /^Arvoluokka 1 \(250 000 €, annualrevenue\) · /,
      );
    });

    it('reports both reasons when value and potential are missing', () => {
      const result = classifyCompany(company([]), config, ctx);
      expect(result.unidentifiedReasons).toEqual(['potential_not_assessed', 'value_missing']);
      expect(result.explanation.en).toBe(
        'Value data missing · potential not assessed (Upsell, Development, Internal value) → Unidentified',
      );
    });
  });

  it('writes other windows in months or days', () => {
    const twoYears = configOf({ value: { source: { mode: 'deals', windowDays: 730 } } });
    const days = configOf({ value: { source: { mode: 'deals', windowDays: 90 } } });
    const input = company([1000], scores('1', '1', '1'));
    expect(classifyCompany(input, twoYears, ctx).explanation.en).toMatch(/in 24 months\)/);
    expect(classifyCompany(input, days, ctx).explanation.en).toMatch(/€0 in 90 days\)/);
    expect(classifyCompany(input, days, ctx).explanation.fi).toMatch(/ \/ 90 pv\)/);
  });

  describe('pareto mode', () => {
    const config = configOf({ value: { classes: { mode: 'pareto' } } });
    const input = company([48200], { ...scores('2', '2', '2'), care_value_class: '1' });

    it('uses the class of the portfolio recompute', () => {
      expect(classifyCompany(input, config, { ...ctx, paretoClass: '2' }).segment).toBe('develop');
      expect(classifyCompany(input, config, { ...ctx, paretoClass: null }).segment).toBe(
        'unidentified',
      );
    });

    it('reuses the stored class on a single-company evaluation', () => {
      expect(classifyCompany(input, config, ctx).segment).toBe('key');
    });

    it('has no class without a valid stored one', () => {
      const stored = company([48200], { ...scores('2', '2', '2'), care_value_class: '4' });
      const result = classifyCompany(stored, config, ctx);
      expect(result.unidentifiedReasons).toEqual(['value_missing']);
      expect(result.explanation.en).toMatch(
        /^Value class not computed yet \(€48,200 in 12 months\)/,
      );
      expect(result.explanation.fi).toMatch(/^Arvoluokkaa ei ole vielä laskettu/);
    });

    it('has no class without value data, whatever is stored', () => {
      const property = configOf({
        value: {
          source: { mode: 'property', property: 'annualrevenue' },
          classes: { mode: 'pareto' },
        },
      });
      expect(classifyCompany(input, property, ctx).value.valueClass).toBeNull();
    });
  });
});

describe('classifyCompany: override', () => {
  const input = company([30000, 18200], {
    ...scores('2', '2', '0'),
    care_override_segment: 'key',
    care_override_reason: 'Strategic reference',
    care_override_until: '2027-05-01',
  });

  it('makes the override the effective segment and keeps the computed one', () => {
    const result = classifyCompany(input, defaultConfig, ctx);
    expect(result).toMatchObject({ segment: 'key', computedSegment: 'develop' });
    expect(result.override?.active).toBe(true);
    expect(result.explanation.en).toBe(
      'Override: Key until 2027-05-01 — Strategic reference (computed: Develop)',
    );
    expect(result.explanation.fi).toBe(
      'Ohitus: Avainasiakas 2027-05-01 asti — Strategic reference (laskettu: Kehitettävä)',
    );
  });

  it('returns to the computed segment the day after until', () => {
    const later = { ...ctx, now: new Date('2027-05-02T09:00:00Z') };
    const result = classifyCompany(input, defaultConfig, later);
    expect(result).toMatchObject({ segment: 'develop', computedSegment: 'develop' });
    expect(result.override?.active).toBe(false);
    expect(result.explanation.en).toMatch(/→ Develop$/);
  });

  it('ignores an override without a reason', () => {
    const noReason = { ...input, properties: { ...input.properties, care_override_reason: '' } };
    const result = classifyCompany(noReason, defaultConfig, ctx);
    expect(result).toMatchObject({
      segment: 'develop',
      computedSegment: 'develop',
      override: null,
    });
  });
});

describe('classifyCompany: admin configuration', () => {
  it('follows edited matrix cells and labels', () => {
    const config = configOf({
      matrix: { '3': { medium: 'key' } },
      labels: { segments: { key: { en: 'Strategic', fi: 'Strateginen' } } },
      value: { currency: 'USD' },
    });
    const result = classifyCompany(company([100], scores('1', '1', '1')), config, ctx);
    expect(result.segment).toBe('key');
    expect(result.explanation.en).toBe(
      'Value class 3 (US$100 in 12 months) · potential 3/9 (Upsell 1, Development 1, Internal value 1) → Strategic',
    );
  });

  it('shows an optional factor that is not assessed as –', () => {
    const config = configOf({
      potential: {
        factors: [
          { id: 'upsell', label: { en: 'Upsell', fi: 'Lisämyynti' } },
          { id: 'extra', label: { en: 'Extra', fi: 'Lisä' }, required: false },
        ],
        bands: { lowMax: 1, mediumMax: 3 },
      },
    });
    const result = classifyCompany(company([0], { care_potential_upsell: '2' }), config, ctx);
    expect(result.explanation.en).toBe(
      'Value class 3 (€0 in 12 months) · potential 2/6 (Upsell 2, Extra –) → Develop',
    );
  });

  it('lists every factor as not assessed when only optional factors exist and none is scored', () => {
    const config = configOf({
      potential: {
        factors: [{ id: 'extra', label: { en: 'Extra', fi: 'Lisä' }, required: false }],
        bands: { lowMax: 0, mediumMax: 1 },
      },
    });
    const result = classifyCompany(company([0]), config, ctx);
    expect(result.unidentifiedReasons).toEqual(['potential_not_assessed']);
    expect(result.explanation.en).toMatch(/potential not assessed \(Extra\) → Unidentified$/);
  });
});
