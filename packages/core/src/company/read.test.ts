import { readCalendarDate, readInstant, readNumber, readScore, readText } from './read';

describe('readers', () => {
  it.each([
    ['48200', 48200],
    ['48200.50', 48200.5],
    ['-5', -5],
    ['1e3', 1000],
    ['', null],
    ['abc', null],
    ['NaN', null],
    ['Infinity', null],
    ['1e400', null],
    [null, null],
    [undefined, null],
  ])('readNumber(%p) = %p', (raw, expected) => expect(readNumber(raw)).toBe(expected));

  it.each([
    ['0', 0],
    ['3', 3],
    ['4', null],
    ['1.5', null],
    ['-1', null],
    ['', null],
  ])('readScore(%p) = %p', (raw, expected) => expect(readScore(raw)).toBe(expected));

  it.each([
    ['2026-10-01T09:00:00Z', '2026-10-01T09:00:00.000Z'],
    ['2026-10-01T09:00:00.123+03:00', '2026-10-01T06:00:00.123Z'],
    ['2026-10-01', '2026-10-01T00:00:00.000Z'],
    ['1772323200000', '2026-03-01T00:00:00.000Z'],
    ['yesterday', null],
    ['2026-13-45', null],
    ['', null],
  ])('readInstant(%p) = %p', (raw, expected) =>
    expect(readInstant(raw)?.toISOString() ?? null).toBe(expected),
  );

  it.each([
    ['2028-02-29', '2028-02-29'],
    ['2026-02-29', null],
    ['1772323200000', '2026-03-01'],
    ['2026-10-01T00:00:00.000Z', '2026-10-01'],
    ['soon', null],
  ])('readCalendarDate(%p) = %p', (raw, expected) => expect(readCalendarDate(raw)).toBe(expected));

  it('reads text', () => {
    expect(readText('  Oy X ')).toBe('Oy X');
    expect(readText('   ')).toBeNull();
    expect(readText(undefined)).toBeNull();
  });
});
