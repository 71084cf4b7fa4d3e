import { defaultConfig } from '../config/parseConfig';
import { bandLabel, factorLabel, segmentLabel } from './labels';

describe('labels', () => {
  it.each([
    ['en', 'Develop', 'Medium', 'Internal value'],
    ['fi', 'Kehitettävä', 'Keskitaso', 'Sisäinen arvo'],
  ] as const)('speaks %s', (locale, segment, band, factor) => {
    expect(segmentLabel(defaultConfig, 'develop', locale)).toBe(segment);
    expect(bandLabel(defaultConfig, 'medium', locale)).toBe(band);
    expect(factorLabel(defaultConfig, 'internal', locale)).toBe(factor);
  });

  it('falls back to the id of a factor that is not configured', () => {
    expect(factorLabel(defaultConfig, 'removed', 'fi')).toBe('removed');
  });
});
