import { timeZoneSchema } from './timeZone';

describe('timeZoneSchema', () => {
  it.each(['Europe/Helsinki', 'UTC', 'Pacific/Auckland'])('takes %s', (zone) => {
    expect(timeZoneSchema.parse(zone)).toBe(zone);
  });

  it.each(['Not/AZone', '', 'Europe/Helsinki'.repeat(5)])('refuses %j', (zone) => {
    expect(timeZoneSchema.safeParse(zone).success).toBe(false);
  });
});
