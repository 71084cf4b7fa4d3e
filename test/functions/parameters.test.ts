import fc from 'fast-check';
import { functionResultSchema } from '@care-model/contract';
import { counted, installedPortal, invoke, setNow, type Portal } from './support/portal';

jest.setTimeout(60_000);

let portal: Portal;

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await installedPortal();
});
afterAll(() => portal.close());

const long = (n: number) => 'x'.repeat(n);

describe('invalid parameters are refused, naming the field, before any request', () => {
  it.each([
    ['load_care_view', {}, 'companyId'],
    ['load_care_view', { companyId: 42 }, 'companyId'],
    ['load_care_view', { companyId: '1; DROP' }, 'companyId'],
    ['classify_company', { companyId: '1', force: true }, 'force'],
    ['save_assessment', { companyId: '1', scores: { upsell: 4 }, rationale: '' }, 'scores.upsell'],
    [
      'save_assessment',
      { companyId: '1', scores: { upsell: 1.5 }, rationale: '' },
      'scores.upsell',
    ],
    ['save_assessment', { companyId: '1', scores: {}, rationale: long(5001) }, 'rationale'],
    ['set_override', { companyId: '1', segment: 'vip', reason: 'x' }, 'segment'],
    ['set_override', { companyId: '1', segment: 'key', reason: ' ' }, 'reason'],
    ['set_override', { companyId: '1', segment: 'key', reason: long(501) }, 'reason'],
    ['set_override', { companyId: '1', segment: 'key', reason: 'x', until: '31.12.2026' }, 'until'],
    ['clear_override', { companyId: '1', actor: { userId: long(41) } }, 'actor.userId'],
    ['record_activity', { companyId: '1', kind: 'party' }, 'kind'],
    ['record_activity', { companyId: '1', kind: 'review', note: long(2001) }, 'note'],
    ['save_settings', { config: {}, expectedVersion: -1 }, 'expectedVersion'],
    ['get_settings', { includeHistory: 'yes' }, 'includeHistory'],
    ['install_fields', { dryRun: 1 }, 'dryRun'],
    ['portfolio_summary', { owner: '101' }, 'owner'],
  ] as const)('%s %j → %s', async (name, parameters, field) => {
    const { result, requests } = await counted(portal, () => invoke(name, parameters));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    expect(requests).toEqual([]);
  });

  it.each([
    ['load_care_view', { companyId: '404' }],
    ['classify_company', { companyId: '404' }],
    ['save_assessment', { companyId: '404', scores: { upsell: 1 }, rationale: '' }],
    ['set_override', { companyId: '404', segment: 'key', reason: 'x' }],
    ['record_activity', { companyId: '404', kind: 'review' }],
  ] as const)(
    '%s of a missing company → not_found on companyId, nothing written',
    async (name, parameters) => {
      const { result, writes } = await counted(portal, () => invoke(name, parameters));
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found', field: 'companyId' } });
      expect(writes).toEqual([]);
    },
  );

  it('refuses a past override expiry without writing', async () => {
    const past = await counted(portal, () =>
      invoke('set_override', { companyId: '1', segment: 'key', reason: 'x', until: '2026-01-01' }),
    );
    expect(past.result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'until' },
    });
    expect(past.writes).toEqual([]);
  });

  it('no parameters make a function throw: the answer is always the envelope', async () => {
    const names = [
      'load_care_view',
      'save_assessment',
      'set_override',
      'sync_next_steps',
      'save_settings',
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.anything(), async (name, parameters) => {
        const answer = await invoke(name, {
          companyId: '1',
          ...(typeof parameters === 'object' ? parameters : { parameters }),
        });
        expect(functionResultSchema.safeParse(answer).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
