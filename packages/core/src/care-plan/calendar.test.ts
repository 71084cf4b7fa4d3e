import {
  addDaysToDate,
  addMonthsToDate,
  calendarDateOf,
  compareDates,
  instantOn,
  isCalendarDate,
  laterDate,
  monthOf,
  portalZone,
  todayIn,
} from './calendar';

describe('calendar', () => {
  it.each([
    ['2026-03-31T23:30:00Z', 'Europe/Helsinki', '2026-04-01'],
    ['2026-03-31T23:30:00Z', 'UTC', '2026-03-31'],
    ['2026-04-01T03:30:00Z', 'America/New_York', '2026-03-31'],
    ['2026-03-28T22:30:00Z', 'Europe/Helsinki', '2026-03-29'],
    ['2026-03-29T21:30:00Z', 'Europe/Helsinki', '2026-03-30'],
    ['2026-10-24T21:30:00Z', 'Europe/Helsinki', '2026-10-25'],
    ['2026-10-25T21:30:00Z', 'Europe/Helsinki', '2026-10-25'],
    ['2026-10-25T22:30:00Z', 'Europe/Helsinki', '2026-10-26'],
    ['2026-11-01T04:30:00Z', 'America/New_York', '2026-11-01'],
    ['2026-03-08T04:30:00Z', 'America/New_York', '2026-03-07'],
    ['2026-03-31T23:30:00Z', 'Not/AZone', '2026-03-31'],
  ])('calendarDateOf(%s, %s) = %s', (iso, zone, expected) => {
    expect(calendarDateOf(new Date(iso), zone)).toBe(expected);
    expect(todayIn(new Date(iso), zone)).toBe(expected);
  });

  it('gives no date for an invalid instant or a year past 9999', () => {
    expect(calendarDateOf(new Date(Number.NaN), 'UTC')).toBeNull();
    expect(calendarDateOf(new Date(999999999999999), 'UTC')).toBeNull();
    expect(todayIn(new Date(Number.NaN), 'UTC')).toBe('1970-01-01');
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-10-01', 30, '2026-10-31'],
    ['2026-10-01', 0, '2026-10-01'],
  ])('addDaysToDate(%s, %i) = %s', (date, days, expected) =>
    expect(addDaysToDate(date, days)).toBe(expected),
  );

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-03-29', 6, '2026-09-29'],
    ['2026-11-15', 3, '2027-02-15'],
  ])('addMonthsToDate(%s, %i) = %s', (date, months, expected) =>
    expect(addMonthsToDate(date, months)).toBe(expected),
  );

  it('leaves text that is not a calendar date as it is', () => {
    expect(addDaysToDate('2026-02-30', 1)).toBe('2026-02-30');
    expect(addMonthsToDate('soon', 1)).toBe('soon');
    expect(addDaysToDate('2026-01-01', 1e12)).toBe('2026-01-01');
  });

  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['', false],
  ])('isCalendarDate(%s) = %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));

  it('compares, picks the later date and names the month', () => {
    expect(compareDates('2026-01-31', '2026-02-01')).toBeLessThan(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBeGreaterThan(0);
    expect(compareDates('2026-02-01', '2026-02-01')).toBe(0);
    expect(laterDate(null, '2026-01-01')).toBe('2026-01-01');
    expect(laterDate('2026-01-01', null)).toBe('2026-01-01');
    expect(laterDate('2026-01-01', '2026-03-01')).toBe('2026-03-01');
    expect(laterDate('2026-05-01', '2026-03-01')).toBe('2026-05-01');
    expect(laterDate(null, null)).toBeNull();
    expect(monthOf('2026-11-30')).toBe('2026-11');
  });

  it.each([
    ['2026-03-28', 'Europe/Helsinki', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29', 'Europe/Helsinki', '2026-03-29T06:00:00.000Z'],
    ['2026-10-25', 'Europe/Helsinki', '2026-10-25T07:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T13:00:00.000Z'],
    ['2026-11-01', 'America/New_York', '2026-11-01T14:00:00.000Z'],
    ['2026-11-01', 'UTC', '2026-11-01T09:00:00.000Z'],
    ['not a date', 'UTC', '1970-01-01T09:00:00.000Z'],
  ])('09:00 on %s in %s is %s', (date, zone, expected) =>
    expect(instantOn(date, 9, zone)).toBe(expected),
  );

  it('falls back to UTC for an unknown time zone', () => {
    expect(portalZone('Europe/Helsinki')).toBe('Europe/Helsinki');
    expect(portalZone('Mars/Olympus')).toBe('UTC');
  });
});
