import { defaultConfig } from '../config/parseConfig';
import type { CareConfig } from '../config/configSchema';
import type { RawProperties } from '../company/companyInput';
import { company, configOf, scores } from '../testing/fixtures';
import { assessPotential } from './potential';

const assess = (properties: RawProperties, config: CareConfig = defaultConfig) =>
  assessPotential(company(properties), config);

describe('assessPotential', () => {
  it.each([
    ['0', '1', '1', 2, 'low'],
    ['1', '1', '1', 3, 'medium'],
    ['2', '2', '1', 5, 'medium'],
    ['2', '2', '2', 6, 'high'],
    ['3', '3', '3', 9, 'high'],
  ])('%s + %s + %s = %d → %s', (u, d, i, score, band) => {
    const potential = assess(scores(u, d, i));
    expect(potential).toMatchObject({ score, band, maxScore: 9, missingFactors: [] });
  });

  it.each([['4'], ['-1'], ['1.5'], ['abc'], [''], ['  ']])('treats %p as not assessed', (raw) => {
    const potential = assess(scores(raw, '2', '1'));
    expect(potential).toMatchObject({ score: 3, band: null, missingFactors: ['upsell'] });
    expect(potential.factors[0]?.score).toBeNull();
  });

  it('has no score when nothing is assessed', () => {
    expect(assess({})).toMatchObject({
      score: null,
      band: null,
      missingFactors: ['upsell', 'development', 'internal'],
    });
  });

  it('reads the assessment date and the rationale', () => {
    const potential = assess({
      care_potential_assessed_at: '2026-02-28',
      care_potential_rationale: '  Whitespace in services.  ',
    });
    expect(potential).toMatchObject({
      assessedAt: '2026-02-28',
      rationale: 'Whitespace in services.',
    });
    expect(assess({ care_potential_assessed_at: '2026-02-29' }).assessedAt).toBeNull();
  });

  it('bands an optional factor missing, but not all factors missing', () => {
    const config = configOf({
      potential: {
        factors: [
          { id: 'upsell', label: { en: 'Upsell', fi: 'Lisämyynti' } },
          { id: 'extra', label: { en: 'Extra', fi: 'Lisä' }, required: false },
        ],
        bands: { lowMax: 1, mediumMax: 3 },
      },
    });
    expect(assess({ care_potential_upsell: '2' }, config)).toMatchObject({
      score: 2,
      maxScore: 6,
      band: 'medium',
      missingFactors: [],
    });
    expect(assess({ care_potential_extra: '1' }, config)).toMatchObject({
      band: null,
      missingFactors: ['upsell'],
    });
  });

  describe('computed factors (S1, S3)', () => {
    const config = configOf({
      potential: {
        factors: [
          {
            id: 'size',
            label: { en: 'Size', fi: 'Koko' },
            source: {
              mode: 'computed',
              property: 'annualrevenue',
              mappings: [
                { op: 'lt', value: 500000, score: 0 },
                { op: 'lte', value: 1000000, score: 1 },
                { op: 'gte', value: 50000000, score: 3 },
                { op: 'gt', value: 1000000, score: 2 },
              ],
            },
          },
          {
            id: 'relationship',
            label: { en: 'Relationship', fi: 'Suhde' },
            source: {
              mode: 'computed',
              property: 'care_relationship_status',
              mappings: [
                { op: 'eq', value: 'satisfied_engaged', score: 3 },
                { op: 'lt', value: 'zzz', score: 2 },
                { op: 'eq', value: 7, score: 2 },
                { op: 'neq', value: 7, score: 0 },
                { op: 'neq', value: 'dissatisfied_at_risk', score: 1 },
              ],
            },
          },
        ],
        bands: { lowMax: 1, mediumMax: 3 },
      },
    });
    const scoreOf = (properties: RawProperties) =>
      assess(properties, config).factors.map((f) => f.score);

    it.each([
      ['499999', 0],
      ['500000', 1],
      ['1000000', 1],
      ['1000001', 2],
      ['50000000', 3],
      ['abc', null],
      ['', null],
    ])('annual revenue %p scores %p', (raw, expected) => {
      expect(scoreOf({ annualrevenue: raw })[0]).toBe(expected);
    });

    it.each([
      ['satisfied_engaged', 3],
      ['satisfied_neutral', 1],
      ['7', 2],
      ['8', 0],
      ['dissatisfied_at_risk', null],
      [null, null],
    ])('relationship status %p scores %p', (raw, expected) => {
      expect(scoreOf({ care_relationship_status: raw })[1]).toBe(expected);
    });

    it('is not assessed when no mapping matches', () => {
      const noMatch = configOf({
        potential: {
          factors: [
            {
              id: 'size',
              label: { en: 'Size', fi: 'Koko' },
              source: {
                mode: 'computed',
                property: 'numberofemployees',
                mappings: [{ op: 'eq', value: 10, score: 3 }],
              },
            },
          ],
          bands: { lowMax: 0, mediumMax: 1 },
        },
      });
      const potential = assess({ numberofemployees: '11', care_potential_size: '3' }, noMatch);
      expect(potential).toMatchObject({ score: null, band: null, missingFactors: ['size'] });
      expect(potential.factors[0]?.computed).toBe(true);
    });
  });
});
