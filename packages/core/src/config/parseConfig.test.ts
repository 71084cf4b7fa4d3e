import { defaultConfig, parseConfig } from './parseConfig';

describe('parseConfig', () => {
  it('gives the specification defaults for an empty stored config', () => {
    expect(defaultConfig.value.source).toEqual({ mode: 'deals', windowDays: 365 });
    expect(defaultConfig.value.classes).toEqual({
      mode: 'bands',
      class1Min: 100000,
      class2Min: 20000,
    });
    expect(defaultConfig.potential.factors.map((f) => f.id)).toEqual([
      'upsell',
      'development',
      'internal',
    ]);
    expect(defaultConfig.potential.bands).toEqual({ lowMax: 2, mediumMax: 5 });
    expect(defaultConfig.carePlans.key.contactCadenceDays).toBe(30);
    expect(defaultConfig.carePlans.develop.contactCadenceDays).toBe(60);
    expect(defaultConfig.carePlans.retain.contactCadenceDays).toBe(180);
    expect(defaultConfig.carePlans.unidentified.contactCadenceDays).toBeNull();
    expect(Object.keys(defaultConfig.nextSteps)).toHaveLength(10);
  });

  it('fills what an older stored config did not have', () => {
    const result = parseConfig({ version: 7, carePlans: { key: { contactCadenceDays: 45 } } });
    expect(result.ok && result.config.carePlans.key).toMatchObject({
      contactCadenceDays: 45,
      reviewCycleMonths: 3,
    });
    expect(result.ok && result.config.version).toBe(7);
    expect(result.ok && result.config.nextSteps['contact-due'].enabled).toBe(true);
  });

  it('fills pareto shares when only the mode is stored', () => {
    const result = parseConfig({ value: { classes: { mode: 'pareto' } } });
    expect(result.ok && result.config.value.classes).toEqual({
      mode: 'pareto',
      aShare: 0.65,
      cShareOfCount: 0.8,
    });
  });

  it.each([
    [
      { value: { classes: { mode: 'bands', class1Min: 10, class2Min: 20 } } },
      'value.classes.class1Min',
      'above the class 2',
    ],
    [
      { carePlans: { key: { contactCadenceDays: 'often' } } },
      'carePlans.key.contactCadenceDays',
      'must be a number',
    ],
    [
      { carePlans: { develop: { contactCadenceDays: 0 } } },
      'carePlans.develop.contactCadenceDays',
      'at least 1',
    ],
    [
      { potential: { bands: { lowMax: 5, mediumMax: 4 } } },
      'potential.bands.mediumMax',
      'above the low band',
    ],
    [
      { nextSteps: { 'contact-due': { taskType: 'FAX' } } },
      'nextSteps.contact-due.taskType',
      'expected one of "TODO"|"CALL"|"EMAIL"',
    ],
    [
      { value: { source: { mode: 'property', property: 'Annual Revenue' } } },
      'value.source.property',
      'internal property name',
    ],
    [
      { value: { classes: { mode: 'pareto', aShare: 1.2 } } },
      'value.classes.aShare',
      'below 100 %',
    ],
  ])('names the field of an invalid config %#', (input, path, message) => {
    const result = parseConfig(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path === path);
    expect(issue?.message).toContain(message);
  });

  it('refuses duplicate factor ids', () => {
    const factor = { id: 'upsell', label: { en: 'U', fi: 'U' } };
    const result = parseConfig({ potential: { factors: [factor, factor] } });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toContain('potential.factors.1.id');
  });
});
