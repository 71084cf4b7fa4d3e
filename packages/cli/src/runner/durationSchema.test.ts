import { durationSchema } from './durationSchema';

describe('durationSchema', () => {
  it.each([
    ['30s', 30_000],
    ['15m', 900_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
  ])('%s is %d ms', (text, ms) => {
    expect(durationSchema.parse(text)).toBe(ms);
  });

  it.each(['0m', '15', 'm', '1.5h', '15 m', '15min', '-5m', '1w'])('refuses %s', (text) => {
    expect(durationSchema.safeParse(text).success).toBe(false);
  });
});
