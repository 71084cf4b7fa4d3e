import { defaultConfig } from '../config/parseConfig';
import type { CompanyInput } from '../company/companyInput';
import { configOf } from '../testing/fixtures';
import { assessValue } from './assessValue';

const now = new Date('2026-06-01T09:00:00Z');
const withDeal: CompanyInput = {
  id: '1',
  properties: { annualrevenue: '900000' },
  deals: [{ properties: { amount: '150000', closedate: '2026-05-01' } }],
  tasks: [],
};

describe('assessValue with a stored amount', () => {
  it('uses the stored amount instead of the deals in deals mode', () => {
    const value = assessValue(withDeal, defaultConfig, {
      now,
      timeZone: 'UTC',
      storedValueAmount: 48200,
    });
    expect(value).toMatchObject({ source: 'deals', amount: 48200, valueClass: '2' });
  });

  it('keeps "no value data" when nothing was stored', () => {
    const value = assessValue(withDeal, defaultConfig, {
      now,
      timeZone: 'UTC',
      storedValueAmount: null,
    });
    expect(value).toMatchObject({ amount: null, valueClass: null });
  });

  it('sums the deals when no stored amount is given', () => {
    expect(assessValue(withDeal, defaultConfig, { now, timeZone: 'UTC' }).amount).toBe(150000);
  });

  it('ignores the stored amount in property mode', () => {
    const config = configOf({
      value: { source: { mode: 'property', property: 'annualrevenue' } },
    });
    const value = assessValue(withDeal, config, {
      now,
      timeZone: 'UTC',
      storedValueAmount: 1,
    });
    expect(value.amount).toBe(900000);
  });
});
