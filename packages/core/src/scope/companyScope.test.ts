import type { DealInput, RawProperties } from '../company/companyInput';
import type { CareConfigInput } from '../config/configSchema';
import { defaultConfig } from '../config/parseConfig';
import { evaluateCompany } from '../evaluate';
import { configOf, contextAt, healthy, scores } from '../testing/fixtures';
import { companyScope } from './companyScope';

const ctx = contextAt('2026-11-01T10:00:00Z');
const won = (closedate: string): DealInput => ({ properties: { amount: '50000', closedate } });
const input = (properties: RawProperties, deals: DealInput[] = []) => ({
  id: '101',
  properties,
  deals,
  tasks: [],
});

describe('companyScope (specification 2.0, S1)', () => {
  it.each<[string, RawProperties, DealInput[], CareConfigInput, boolean, string]>([
    ['a customer', { lifecyclestage: 'customer' }, [], {}, true, 'lifecycle-stage'],
    ['an evangelist', { lifecyclestage: 'evangelist' }, [], {}, true, 'lifecycle-stage'],
    ['a lead without deals', { lifecyclestage: 'lead' }, [], {}, false, 'neither'],
    ['no stage at all', {}, [], {}, false, 'neither'],
    [
      'a lead that won 23 months ago',
      { lifecyclestage: 'lead' },
      [won('2024-12-05T10:00:00Z')],
      {},
      true,
      'recent-deal',
    ],
    [
      'a deal won exactly 24 months ago (portal day)',
      {},
      [won('2024-10-31T23:30:00Z')],
      {},
      true,
      'recent-deal',
    ],
    ['a deal won 24 months and a day ago', {}, [won('2024-10-31T21:00:00Z')], {}, false, 'neither'],
    [
      'a lapsed customer: stage other, won 30 months ago',
      { lifecyclestage: 'other' },
      [won('2024-05-01T10:00:00Z')],
      {},
      false,
      'neither',
    ],
    [
      'a 12-month window',
      {},
      [won('2025-06-01T10:00:00Z')],
      { scope: { recentDealMonths: 12 } },
      false,
      'neither',
    ],
    [
      'an admin stage list',
      { lifecyclestage: 'opportunity' },
      [],
      { scope: { lifecycleStages: ['opportunity'] } },
      true,
      'lifecycle-stage',
    ],
    [
      'the customer stage not listed',
      { lifecyclestage: 'customer' },
      [],
      { scope: { lifecycleStages: ['evangelist'] } },
      false,
      'neither',
    ],
    ['mode all', { lifecyclestage: 'lead' }, [], { scope: { mode: 'all' } }, true, 'all'],
  ])('%s', (_, properties, deals, config, inScope, reason) => {
    expect(companyScope(input(properties, deals), configOf(config), ctx)).toMatchObject({
      inScope,
      reason,
    });
  });

  it('names the latest won date in the portal calendar', () =>
    expect(
      companyScope(
        input({}, [won('2024-01-01T00:00:00Z'), won('2025-03-31T22:30:00Z')]),
        defaultConfig,
        ctx,
      ).lastWonDate,
    ).toBe('2025-04-01'));

  it('a stored config without a scope section gets the defaults', () =>
    expect(configOf({}).scope).toEqual({
      mode: 'stages-or-recent-deal',
      lifecycleStages: ['customer', 'evangelist'],
      recentDealMonths: 24,
    }));
});

describe('evaluateCompany out of scope', () => {
  const assessed = {
    ...healthy,
    ...scores('3', '3', '3'),
    care_potential_assessed_at: '2026-06-01',
  };
  const stored = {
    ...assessed,
    lifecyclestage: 'lead',
    care_segment: 'key',
    care_has_next_step: 'true',
  };
  const view = evaluateCompany(input(stored), defaultConfig, ctx);

  it('has no checklist and clears every derived field', () => {
    expect(view.scope).toMatchObject({ inScope: false, reason: 'neither' });
    expect(view.checklist).toEqual([]);
    expect(Object.keys(view.kpi).length).toBeGreaterThan(10);
    expect(Object.values(view.kpi).every((value) => value === '')).toBe(true);
  });

  it("never writes a person's inputs", () =>
    expect(
      Object.keys(view.kpi).filter((name) =>
        /potential_(upsell|development|internal|rationale)|override/.test(name),
      ),
    ).toEqual([]));

  it('in scope, the same company is classified', () =>
    expect(
      evaluateCompany(input({ ...stored, lifecyclestage: 'customer' }), defaultConfig, ctx).kpi
        .care_segment,
    ).not.toBe(''));
});
