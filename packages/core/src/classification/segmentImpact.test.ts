import { defaultConfig } from '../config/parseConfig';
import { configOf } from '../testing/fixtures';
import { segmentImpact } from './segmentImpact';

const now = new Date('2026-11-20T10:00:00Z');
const tz = 'Europe/Helsinki';

const company = (id: string, amount: string, scores: [string, string, string]) => ({
  id,
  properties: {
    care_value_amount: amount,
    care_potential_upsell: scores[0],
    care_potential_development: scores[1],
    care_potential_internal: scores[2],
  },
});

const portfolio = [
  company('1', '150000', ['2', '2', '0']), // class 1, potential 4 → key
  company('2', '48200', ['2', '2', '0']), // class 2 → develop
  company('3', '48200', ['1', '1', '0']), // low potential → retain
  company('4', '5000', ['', '', '']), // not assessed → unidentified
];

describe('segmentImpact', () => {
  it('finds no change when the config does not change', () => {
    expect(segmentImpact(portfolio, defaultConfig, defaultConfig, now, tz)).toEqual({
      companiesChanging: 0,
      transitions: [],
    });
  });

  it('counts the companies a lower class 1 threshold moves from develop to key', () => {
    const after = configOf({ value: { classes: { mode: 'bands', class1Min: 40000 } } });
    const impact = segmentImpact(portfolio, defaultConfig, after, now, tz);
    expect(impact).toEqual({
      companiesChanging: 1,
      transitions: [{ from: 'develop', to: 'key', count: 1 }],
    });
  });

  it('orders transitions by how many companies make them', () => {
    const after = configOf({ matrix: { '1': { medium: 'develop' }, '2': { medium: 'retain' } } });
    const more = [...portfolio, company('5', '30000', ['2', '2', '0'])];
    const impact = segmentImpact(more, defaultConfig, after, now, tz);
    expect(impact).toEqual({
      companiesChanging: 3,
      transitions: [
        { from: 'develop', to: 'retain', count: 2 },
        { from: 'key', to: 'develop', count: 1 },
      ],
    });
  });

  it('re-derives Pareto classes from the stored amounts', () => {
    const after = configOf({ value: { classes: { mode: 'pareto' } } });
    const impact = segmentImpact(portfolio, defaultConfig, after, now, tz);
    // 150 000 of 251 400 is 60 %: class 1 also takes both 48 200 companies (ties); the assessed-medium one becomes key.
    expect(impact.transitions).toContainEqual({ from: 'develop', to: 'key', count: 1 });
  });
});
