import fc from 'fast-check';
import { functionParams, type FunctionName } from '@care-model/contract';
import { isCalendarDate } from '@care-model/core';
import {
  counted,
  installedPortal,
  invoke,
  setNow,
  testAdminKey,
  type Portal,
} from './support/portal';

jest.setTimeout(120_000);

let portal: Portal;

beforeAll(async () => {
  setNow('2026-11-02T10:00:00Z');
  portal = await installedPortal();
});
afterAll(() => portal.close());

// zod's own words and codes must never reach a person.
const validatorText =
  /\b(expected|received|invalid_type|too_big|too_small|invalid_value|invalid_format|unrecognized_keys|zod)\b/i;

// A message may quote the caller's own input back; only the rest is the app's wording.
function withoutEchoes(text: string, parameters: unknown): string {
  const echoes: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') echoes.push(value);
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        echoes.push(key);
        collect(inner);
      }
  };
  collect(parameters);
  return echoes
    .filter((echo) => echo.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((rest, echo) => rest.split(echo).join(' '), text);
}

const huge = fc.string({ minLength: 1000, maxLength: 3000 });
const wrongType = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.object(),
  fc.array(fc.integer()),
);
const hostileText = fc.oneof(
  huge,
  fc.string(),
  fc.constantFrom(
    '1; DROP TABLE',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    '\u0000',
    '１２３',
    '1e3',
    ' 1',
    '-1',
    '0x1F',
  ),
);
const hostileId = fc.oneof(hostileText, wrongType, fc.stringMatching(/^\d{21,30}$/));
const badDate = fc.oneof(
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    })
    .map(
      ({ y, m, d }) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    )
    .filter((date) => !isCalendarDate(date)),
  fc.constantFrom(
    '2026-02-30',
    '2026-02-29',
    '2025-13-01',
    '2026-04-31',
    '2026-1-1',
    '2026-01-01T00:00:00Z',
  ),
  hostileText,
  wrongType,
);
const hostileKey = fc.oneof(
  hostileText,
  wrongType,
  fc.constantFrom(
    '1:',
    ':::',
    '1:contact_overdue',
    '1:contact_overdue:2026-13',
    '2:contact_overdue:2026-11-02',
  ),
);

const cases: { [N in FunctionName]: fc.Arbitrary<Record<string, unknown>> } = {
  load_care_view: fc.record({ companyId: hostileId }),
  classify_company: fc.record({ companyId: hostileId }),
  clear_override: fc.record({
    companyId: hostileId,
    actor: fc.oneof(wrongType, fc.record({ email: huge })),
  }),
  save_assessment: fc.record({
    companyId: fc.constant('1'),
    scores: fc.oneof(wrongType, fc.dictionary(hostileText, fc.oneof(fc.double(), hostileText))),
    rationale: fc.oneof(huge, wrongType),
  }),
  set_override: fc.record({
    companyId: fc.constant('1'),
    segment: fc.constant('key'),
    reason: fc.constant('x'),
    until: badDate,
  }),
  record_activity: fc.record({
    companyId: fc.constant('1'),
    kind: fc.constant('review'),
    date: badDate,
  }),
  sync_next_steps: fc.record({
    companyId: fc.constant('1'),
    keys: fc.oneof(
      fc.array(hostileKey, { minLength: 1, maxLength: 5 }),
      fc.array(fc.constant('x'), { minLength: 101, maxLength: 120 }),
      wrongType,
    ),
  }),
  get_settings: fc.record({ includeHistory: fc.oneof(hostileText, fc.integer(), fc.object()) }),
  save_settings: fc.record({
    config: fc.oneof(fc.constant(null), fc.object()),
    expectedVersion: fc.oneof(fc.double({ noInteger: true }), hostileText, fc.integer({ max: -1 })),
    adminKey: fc.constant(testAdminKey),
  }),
  install_fields: fc.record({
    dryRun: fc.oneof(hostileText, fc.integer()),
    adminKey: fc.constant(testAdminKey),
  }),
  portfolio_summary: fc.dictionary(hostileText, fc.anything(), { minKeys: 1, maxKeys: 3 }),
  recompute_portfolio: fc.record({
    action: fc.oneof(hostileText, wrongType, fc.constantFrom('reset', 'STEP')),
    syncTasks: fc.oneof(hostileText, fc.integer()),
    adminKey: fc.constant(testAdminKey),
  }),
};

describe('hostile parameters are refused before any HubSpot request, in plain words', () => {
  it.each(Object.keys(cases) as FunctionName[])('%s', async (name) => {
    await fc.assert(
      fc.asyncProperty(cases[name], async (parameters) => {
        fc.pre(!functionParams[name].safeParse(parameters).success);
        const { result, requests } = await counted(portal, () => invoke(name, parameters));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid_input');
        expect(requests).toEqual([]);
        for (const text of [
          result.error.message,
          ...(result.error.issues ?? []).map((i) => i.message),
        ])
          expect(withoutEchoes(text, parameters)).not.toMatch(validatorText);
      }),
      { numRuns: 300 },
    );
  });
});
