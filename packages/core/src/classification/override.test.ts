import { company } from '../testing/fixtures';
import { readOverride } from './override';

const override = (until: string | null, reason: string | null = 'Strategic partner') =>
  company({
    care_override_segment: 'key',
    care_override_reason: reason,
    care_override_until: until,
  });
const at = (iso: string, timeZone = 'UTC') => ({ now: new Date(iso), timeZone });

describe('readOverride', () => {
  it('is active through its until date', () => {
    expect(readOverride(override('2027-05-01'), at('2027-05-01T23:59:59Z'))).toEqual({
      segment: 'key',
      reason: 'Strategic partner',
      until: '2027-05-01',
      active: true,
    });
  });

  it('expires the day after until', () => {
    expect(readOverride(override('2027-05-01'), at('2027-05-02T00:00:00Z'))?.active).toBe(false);
  });

  it('reads today in the portal time zone', () => {
    // 2027-05-01 11:30 UTC is already 2027-05-01 23:30 in Auckland; 12:30 UTC is the 2nd there.
    const input = override('2027-05-01');
    expect(readOverride(input, at('2027-05-01T11:30:00Z', 'Pacific/Auckland'))?.active).toBe(true);
    expect(readOverride(input, at('2027-05-01T12:30:00Z', 'Pacific/Auckland'))?.active).toBe(false);
    expect(readOverride(input, at('2027-05-01T12:30:00Z', 'UTC'))?.active).toBe(true);
  });

  it('is active when until is today in Auckland but yesterday in UTC', () => {
    // 2027-04-30 20:00 UTC = 2027-05-01 08:00 in Auckland.
    const now = '2027-04-30T20:00:00Z';
    expect(readOverride(override('2027-05-01'), at(now, 'Pacific/Auckland'))?.active).toBe(true);
    expect(readOverride(override('2027-04-30'), at(now, 'Pacific/Auckland'))?.active).toBe(false);
    expect(readOverride(override('2027-04-30'), at(now, 'UTC'))?.active).toBe(true);
  });

  it.each([
    ['no reason', override('2027-05-01', null)],
    ['a blank reason', override('2027-05-01', '   ')],
    ['no until', override(null)],
    ['an unreadable until', override('next year')],
    [
      'an unknown segment',
      company({
        care_override_segment: 'gold',
        care_override_reason: 'x',
        care_override_until: '2027-05-01',
      }),
    ],
    ['nothing', company({})],
  ])('is null with %s', (_, input) => {
    expect(readOverride(input, at('2027-01-01T00:00:00Z'))).toBeNull();
  });
});
