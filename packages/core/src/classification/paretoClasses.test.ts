import fc from 'fast-check';
import {
  paretoClasses,
  paretoClassOf,
  paretoCutoffs,
  paretoCutoffsSchema,
  type PortfolioValue,
} from './paretoClasses';

const shares = { aShare: 0.65, cShareOfCount: 0.8 };
const portfolio = (amounts: (number | null)[]): PortfolioValue[] =>
  amounts.map((amount, i) => ({ id: `c${i}`, amount }));
const classesOf = (amounts: (number | null)[], s = shares) => {
  const result = paretoClasses(portfolio(amounts), s);
  return amounts.map((_, i) => result.get(`c${i}`));
};

describe('paretoClasses (S1)', () => {
  it('splits a known portfolio into A/B/C', () => {
    // 20 companies, total 1000: the top three make 660 (≥ 65 %); the bottom 16 are class 3.
    const amounts = [300, 200, 160, 60, 50, 40, 30, 25, 25, 20, 20, 15, 15, 10, 10, 8, 5, 4, 2, 1];
    expect(classesOf(amounts)).toEqual([...['1', '1', '1'], '2', ...Array<string>(16).fill('3')]);
  });

  it('makes one company class 1 alone when it holds over 65 % of value', () => {
    expect(classesOf([70, 10, 5, 4, 3, 3, 2, 1, 1, 1])).toEqual([
      '1',
      '2',
      ...Array<string>(8).fill('3'),
    ]);
    expect(classesOf([5, 900, 1, 0])).toEqual(['3', '1', '3', '3']);
  });

  it('puts companies tied at the class 1 boundary in class 1', () => {
    // 40 + 40 = 80 ≥ 65 % of 100: the smallest set takes both 40s.
    expect(classesOf([40, 40, 10, 10])).toEqual(['1', '1', '3', '3']);
    // The boundary company is the second 30: every 30 is class 1.
    expect(classesOf([40, 30, 30, 0])).toEqual(['1', '1', '1', '3']);
  });

  it('gives companies tied across the class 3 boundary class 2', () => {
    // 10 companies: the bottom 8 by count would split the three 5s; all three are class 2.
    const amounts = [100, 5, 5, 5, 1, 1, 1, 1, 1, 1];
    expect(classesOf(amounts)).toEqual(['1', '2', '2', '2', ...Array<string>(6).fill('3')]);
  });

  it('lets class 1 win where it overlaps class 3', () => {
    expect(classesOf([50, 50])).toEqual(['1', '1']);
    expect(classesOf([10])).toEqual(['1']);
  });

  it('makes everyone with a value class 3 when total value is not positive', () => {
    expect(classesOf([0, 0, 0])).toEqual(['3', '3', '3']);
    expect(classesOf([-10, 5, null])).toEqual(['3', '3', null]);
  });

  it('gives no class without a value, and ignores those companies in the counts', () => {
    expect(classesOf([null, 70, 30, null])).toEqual([null, '1', '3', null]);
    expect(paretoClasses([], shares).size).toBe(0);
  });

  it('handles huge values', () => {
    expect(classesOf([1e308, 1e308, 1])).toEqual(['1', '1', '3']);
  });

  it('is independent of the portfolio order and gives equal values one class', () => {
    const amount = fc.option(
      fc.oneof(fc.integer({ min: -1000, max: 100000 }), fc.constantFrom(0, 0.1, 0.2, 1e-9)),
      { nil: null },
    );
    const share = fc.double({ min: 0.01, max: 0.99, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(amount, { maxLength: 40 }),
        share,
        share,
        fc.infiniteStream(fc.nat()),
        (amounts, aShare, cShareOfCount, seeds) => {
          const s = { aShare, cShareOfCount };
          const companies = portfolio(amounts);
          const shuffled = [...companies]
            .map((c) => ({ c, key: seeds.next().value }))
            .sort((x, y) => x.key - y.key)
            .map(({ c }) => c);
          const a = paretoClasses(companies, s);
          const b = paretoClasses(shuffled, s);
          expect([...b.entries()].sort()).toEqual([...a.entries()].sort());
          const byAmount = new Map<number | null, string | null | undefined>();
          for (const c of companies) {
            const seen = byAmount.get(c.amount);
            if (seen !== undefined) expect(a.get(c.id)).toBe(seen);
            byAmount.set(c.amount, a.get(c.id));
          }
        },
      ),
    );
  });

  it('always reaches the A share with class 1 when total value is positive', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }),
        (amounts) => {
          const total = amounts.reduce((s, a) => s + a, 0);
          fc.pre(total > 0);
          const classes = classesOf(amounts);
          const class1Value = amounts
            .filter((_, i) => classes[i] === '1')
            .reduce((s, a) => s + a, 0);
          expect(class1Value).toBeGreaterThanOrEqual(total * 0.65 - 1e-6);
        },
      ),
    );
  });

  it('classes each amount alike from the cutoffs alone, also after a JSON round trip (the in-app recompute)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 1_000_000 }))), (amounts) => {
        const known = amounts.filter((a): a is number => a !== null);
        const cutoffs = paretoCutoffsSchema.parse(
          JSON.parse(JSON.stringify(paretoCutoffs(known, shares))),
        );
        expect(amounts.map((a) => paretoClassOf(a, cutoffs))).toEqual(classesOf(amounts));
      }),
    );
  });
});
