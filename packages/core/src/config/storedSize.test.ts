import { parseConfig } from './parseConfig';
import { configMaxChars } from './storedSize';

const text = (n: number, letter = 'x') => letter.repeat(n);
const localized = (n: number) => ({ en: text(n), fi: text(n, 'ä') });

/** Every list at its schema maximum; mapping values and texts `length` characters long. */
function fullConfig(length: number) {
  const factor = (i: number) => ({
    id: `factor_${i}`,
    label: localized(Math.min(length, 500)),
    rubric: {
      en: Array(4).fill(text(Math.min(length, 300))),
      fi: Array(4).fill(text(Math.min(length, 300))),
    },
    source: {
      mode: 'computed',
      property: `property_${i}`,
      mappings: Array.from({ length: 20 }, (_, j) => ({
        op: 'eq',
        value: `${j}${text(Math.min(length, 198))}`,
        score: j % 4,
      })),
    },
  });
  return {
    potential: {
      factors: Array.from({ length: 10 }, (_, i) => factor(i)),
      bands: { lowMax: 9, mediumMax: 19 },
    },
    services: Array.from({ length: 50 }, (_, i) => ({
      id: `service_${i}`,
      label: localized(Math.min(length, 500)),
    })),
  };
}

/** The stored text, as the settings store writes it. */
const storedLength = (config: unknown) => JSON.stringify(config).length;

describe('the stored size of a config', () => {
  it('refuses a config whose stored JSON would not fit, naming the part to shorten', () => {
    const result = parseConfig(fullConfig(500));
    expect(result.ok).toBe(false);
    const issue = !result.ok
      ? result.issues.find((i) => i.message.includes('characters'))
      : undefined;
    expect(issue?.path).toMatch(/^(potential\.factors|services)\.\d+/);
    expect(issue?.message).toContain(`HubSpot keeps at most ${configMaxChars}`);
  });

  it('the largest config it accepts fits a HubSpot text property (65,536 characters)', () => {
    let low = 0;
    let high = 500;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (parseConfig(fullConfig(mid)).ok) low = mid;
      else high = mid - 1;
    }
    const largest = parseConfig(fullConfig(low));
    expect(largest.ok).toBe(true);
    if (largest.ok) {
      expect(storedLength({ ...largest.config, version: Number.MAX_SAFE_INTEGER })).toBeLessThan(
        65_536,
      );
      expect(storedLength(largest.config)).toBeGreaterThan(configMaxChars * 0.9);
    }
  });

  it('accepts every list at its maximum with short texts', () => {
    expect(parseConfig(fullConfig(20)).ok).toBe(true);
  });
});
