import { plural } from './plural';

const change = { one: '# change', other: '# changes' };
const muutos = { one: '# muutos', other: '# muutosta' };

describe('plural', () => {
  it.each([
    ['en', 0, change, '0 changes'],
    ['en', 1, change, '1 change'],
    ['en', 2, change, '2 changes'],
    ['en', 1.5, change, '1.5 changes'],
    ['fi', 0, muutos, '0 muutosta'],
    ['fi', 1, muutos, '1 muutos'],
    ['fi', 21, muutos, '21 muutosta'],
  ] as const)('%s %d → %s', (locale, count, forms, expected) => {
    expect(plural(locale, count, forms)).toBe(expected);
  });
});
