import { defaultConfig } from '../config/parseConfig';
import type { CompanyInput, DealInput } from '../company/companyInput';
import { valueAmount } from './valueAmount';

const now = new Date('2026-06-01T12:00:00Z');
const deals = { mode: 'deals', windowDays: 365 } as const;
const deal = (amount: string | null, closedate: string | null): DealInput => ({
  properties: { amount, closedate },
});
const company = (dealList: DealInput[], properties = {}): CompanyInput => ({
  id: '1',
  properties,
  deals: dealList,
  tasks: [],
});

describe('valueAmount in deals mode', () => {
  it.each([
    ['exactly windowDays ago', '2025-06-01T12:00:00Z', 0],
    ['one day inside the window', '2025-06-02T12:00:00Z', 1000],
    ['one millisecond inside the window', '2025-06-01T12:00:00.001Z', 1000],
    ['exactly now', '2026-06-01T12:00:00Z', 1000],
    ['in the future', '2026-06-01T12:00:01Z', 0],
    ['a HubSpot date (midnight UTC)', '2026-03-15', 1000],
    ['epoch milliseconds', String(Date.parse('2026-01-01T00:00:00Z')), 1000],
  ])('a deal closed %s counts %d', (_, closedate, expected) => {
    expect(valueAmount(company([deal('1000', closedate)]), deals, now)).toBe(expected);
  });

  it('sums the deals in the window', () => {
    const input = company([deal('30000', '2026-01-10'), deal('18200.5', '2025-09-01')]);
    expect(valueAmount(input, deals, now)).toBe(48200.5);
  });

  it('is 0 with no deal in the window', () => {
    expect(valueAmount(company([]), deals, now)).toBe(0);
    expect(valueAmount(company([deal('5000', '2020-01-01')]), deals, now)).toBe(0);
  });

  it('ignores deals with an unreadable amount or closedate', () => {
    const input = company([
      deal('abc', '2026-01-01'),
      deal('', '2026-01-01'),
      deal('NaN', '2026-01-01'),
      deal('100', 'yesterday'),
      deal('100', null),
      deal(null, '2026-01-01'),
      { properties: {} },
      deal('7', '2026-01-01'),
    ]);
    expect(valueAmount(input, deals, now)).toBe(7);
  });

  it('counts negative amounts as given', () => {
    const input = company([deal('1000', '2026-01-01'), deal('-3000', '2026-02-01')]);
    expect(valueAmount(input, deals, now)).toBe(-2000);
  });

  it('treats a sum beyond the floating-point range as unreadable', () => {
    const input = company([deal('1e308', '2026-01-01'), deal('1e308', '2026-02-01')]);
    expect(valueAmount(input, deals, now)).toBeNull();
  });

  it('honours a shorter window', () => {
    const input = company([deal('10', '2026-05-25'), deal('20', '2026-05-01')]);
    expect(valueAmount(input, { mode: 'deals', windowDays: 30 }, now)).toBe(10);
  });
});

describe('valueAmount in property mode', () => {
  const source = { mode: 'property', property: 'annualrevenue' } as const;
  it.each([
    ['250000', 250000],
    [' -12.5 ', -12.5],
    ['', null],
    ['   ', null],
    ['abc', null],
    ['NaN', null],
    ['1e309', null],
    [null, null],
  ])('reads %p as %p', (raw, expected) => {
    expect(valueAmount(company([], { annualrevenue: raw }), source, now)).toBe(expected);
  });

  it('is null when the property is absent, whatever the deals', () => {
    expect(valueAmount(company([deal('5', '2026-01-01')]), source, now)).toBeNull();
  });

  it('leaves the default config in deals mode', () => {
    expect(defaultConfig.value.source).toEqual({ mode: 'deals', windowDays: 365 });
  });
});
