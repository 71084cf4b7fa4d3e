import { parseStepKey, stepKey } from './stepKey';

describe('step keys', () => {
  it('round-trips company, rule and period', () => {
    expect(parseStepKey(stepKey('42', 'contact-due', '2026-11-12'))).toEqual({
      companyId: '42',
      rule: 'contact-due',
      period: '2026-11-12',
    });
  });

  it.each(['42:contact-due:', '42:fax-due:2026-11', ':classify:never', 'nonsense', ''])(
    'refuses %j',
    (key) => expect(parseStepKey(key)).toBeNull(),
  );
});
