import { valueClass } from './valueClass';

const bands = { class1Min: 100000, class2Min: 20000 };

describe('valueClass (bands mode)', () => {
  it.each([
    [100000, '1'],
    [1e308, '1'],
    [99999.99, '2'],
    [20000, '2'],
    [19999, '3'],
    [0, '3'],
    [-5000, '3'],
    [null, null],
  ])('%p → %p', (amount, expected) => {
    expect(valueClass(amount, bands)).toBe(expected);
  });
});
