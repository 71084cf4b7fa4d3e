import { careDates } from '../care-plan/careDates';
import type { CarePlan } from '../config/configSchema';
import { defaultConfig } from '../config/parseConfig';
import { classificationFor, company, contextAt } from '../testing/fixtures';
import { planCompliance } from './planCompliance';

const ctx = contextAt('2026-11-01T10:00:00Z');
const minimal: CarePlan = {
  ...defaultConfig.carePlans.key,
  contactCadenceDays: null,
  reviewCycleMonths: null,
  planRequired: false,
  checkInCycleMonths: null,
  reassessCycleMonths: null,
};

describe('planCompliance', () => {
  it.each<[string, CarePlan, string | null, number]>([
    ['only the potential applies, assessed', minimal, '2020-01-01', 100],
    ['only the potential applies, a factor missing', minimal, null, 0],
    [
      'plan required without a review cycle, plan missing',
      { ...minimal, planRequired: true },
      '2026-06-01',
      50,
    ],
    ['re-assessment overdue', { ...minimal, reassessCycleMonths: 12 }, '2025-06-01', 0],
  ])('%s → %i', (_name, plan, assessedAt, expected) => {
    const missing = assessedAt === null ? { missingFactors: ['upsell'] } : {};
    const base = classificationFor('key', {}, assessedAt);
    const c = { ...base, potential: { ...base.potential, ...missing } };
    expect(planCompliance(c, plan, careDates(company(), c, plan, ctx))).toBe(expected);
  });
});
