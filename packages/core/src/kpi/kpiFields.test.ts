import { careDates } from '../care-plan/careDates';
import type { ChecklistItem } from '../next-steps/checklistItem';
import type { Classification } from '../classification/classification';
import type { RawProperties, TaskInput } from '../company/companyInput';
import { defaultConfig } from '../config/parseConfig';
import { buildChecklist } from '../next-steps/checklist';
import { stepMarker } from '../next-steps/stepMarker';
import {
  classificationFor,
  company,
  configOf,
  contextAt,
  healthy,
  task,
} from '../testing/fixtures';
import { changedProperties } from './changedProperties';
import { hubspotNumber, percentOf } from './hubspotValues';
import { kpiFields } from './kpiFields';

const ctx = contextAt('2026-11-01T10:00:00Z');

function kpiOf(
  properties: RawProperties,
  classification: Classification = classificationFor('key'),
  tasks: TaskInput[] = [task('9', 'Renewal call')],
  checklist?: ChecklistItem[],
  config = defaultConfig,
) {
  const input = company(properties, tasks);
  const dates = careDates(input, classification, config.carePlans[classification.segment], ctx);
  const items = checklist ?? buildChecklist(input, classification, dates, config, ctx);
  return kpiFields(input, classification, dates, items, config, ctx);
}

describe('kpiFields', () => {
  it('derives every field for a healthy key company', () => {
    expect(kpiOf(healthy)).toEqual({
      care_segment: 'key',
      care_segment_computed: 'key',
      care_segment_reason: '→ key',
      care_value_amount: '48200',
      care_value_class: '2',
      care_potential_score: '6',
      care_next_contact_due: '2026-11-24',
      care_contact_status: 'on_track',
      care_next_review_due: '2027-01-01',
      care_open_next_steps: '0',
      care_has_next_step: 'true',
      care_checklist_progress: '100',
      care_plan_compliance: '100',
      care_data_completeness: '100',
      care_segment_changed_at: '2026-11-01',
      care_classified_at: '2026-11-01T10:00:00.000Z',
    });
  });

  it('never writes person-owned fields', () => {
    const names = Object.keys(kpiOf(healthy));
    for (const owned of [
      'care_override_segment',
      'care_override_reason',
      'care_override_until',
      'care_override_set_by',
      'care_potential_upsell',
      'care_potential_rationale',
      'care_potential_assessed_at',
      'care_last_review_at',
      'care_plan_updated_at',
      'care_relationship_status',
    ]) {
      expect(names).not.toContain(owned);
    }
  });

  it('clears what an unidentified company does not have', () => {
    const unidentified = classificationFor('unidentified', {
      value: { source: 'property', amount: null, valueClass: null, windowDays: null },
    });
    const config = configOf({ locale: 'fi' });
    const kpi = kpiOf({}, unidentified, [], undefined, config);
    expect(kpi).toMatchObject({
      care_segment: 'unidentified',
      care_value_amount: '',
      care_value_class: '',
      care_potential_score: '',
      care_next_contact_due: '',
      care_contact_status: '',
      care_next_review_due: '',
      care_has_next_step: 'false',
      care_plan_compliance: '0',
      care_data_completeness: '0',
      care_checklist_progress: '0',
    });
  });

  it.each<[string, RawProperties, Classification, string]>([
    [
      'contact overdue',
      { ...healthy, notes_last_contacted: '2026-09-01T08:00:00Z' },
      classificationFor('key'),
      '80',
    ],
    [
      'contact and review missing',
      { ...healthy, notes_last_contacted: '', care_last_review_at: '' },
      classificationFor('key'),
      '60',
    ],
    [
      'plan stale, check-in never',
      { ...healthy, care_plan_updated_at: '2026-01-01', care_last_check_in_at: '' },
      classificationFor('key'),
      '60',
    ],
    ['re-assessment overdue', healthy, classificationFor('key', {}, '2025-01-01'), '80'],
    ['retain, contact kept', healthy, classificationFor('retain'), '100'],
    [
      'retain, never contacted',
      { care_last_review_at: '2026-10-01' },
      classificationFor('retain'),
      '67',
    ],
  ])('plan compliance: %s', (_name, properties, classification, expected) =>
    expect(kpiOf(properties, classification).care_plan_compliance).toBe(expected),
  );

  it('counts data completeness over value, industry, revenue, owner and required factors', () => {
    expect(kpiOf({ ...healthy, industry: '' }).care_data_completeness).toBe('86');
    expect(kpiOf({}, classificationFor('key')).care_data_completeness).toBe('57');
  });

  it('counts open tasks carrying the marker and the checklist progress', () => {
    const marker = stepMarker('101:contact-due:never');
    const tasks = [
      task('1', marker),
      task('2', stepMarker('101:review-due:never'), 'COMPLETED'),
      task('3', 'x'),
    ];
    const kpi = kpiOf(
      { ...healthy, notes_last_contacted: '', care_last_review_at: '' },
      classificationFor('key'),
      tasks,
    );
    expect(kpi.care_open_next_steps).toBe('1');
    expect(kpi.care_has_next_step).toBe('true');
    expect(kpi.care_checklist_progress).toBe('50');
    expect(kpiOf(healthy, classificationFor('key'), [], []).care_checklist_progress).toBe('100');
  });

  it.each<[string, TaskInput[], string, string]>([
    [
      "only the app's reminder open",
      [task('1', stepMarker('101:no-next-step:2026-10'))],
      'false',
      '1',
    ],
    [
      "the reminder and a person's task",
      [task('1', stepMarker('101:no-next-step:2026-10')), task('2', 'Call Anna')],
      'true',
      '1',
    ],
    ['an app step open', [task('1', stepMarker('101:contact-due:2026-10-30'))], 'true', '1'],
    ['nothing open', [task('1', 'Call Anna', 'COMPLETED')], 'false', '0'],
  ])('next-step coverage with %s', (_, tasks, hasNextStep, openSteps) => {
    const kpi = kpiOf(healthy, classificationFor('key'), tasks);
    expect([kpi.care_has_next_step, kpi.care_open_next_steps]).toEqual([hasNextStep, openSteps]);
  });

  it("a task the app closed is not a person's done in checklist progress", () => {
    const key = '101:contact-due:2026-10-30';
    const overdue = { ...healthy, notes_last_contacted: '2026-09-30T08:00:00Z' };
    const byPerson = kpiOf(overdue, classificationFor('key'), [
      task('1', stepMarker(key), 'COMPLETED'),
    ]);
    const byApp = kpiOf(overdue, classificationFor('key'), [
      task('1', `[care-model-closed:contacted]\n${stepMarker(key)}`, 'COMPLETED'),
    ]);
    expect([byPerson.care_checklist_progress, byApp.care_checklist_progress]).toEqual(['50', '0']);
  });

  it('keeps care_segment_changed_at and care_classified_at when nothing changed', () => {
    const first = kpiOf(healthy);
    const later = {
      ...healthy,
      ...first,
      care_segment_changed_at: '2026-05-05',
      care_classified_at: '2026-05-05T08:00:00.000Z',
    };
    const second = kpiOf(later);
    expect(second.care_segment_changed_at).toBe('2026-05-05');
    expect(second.care_classified_at).toBe('2026-05-05T08:00:00.000Z');
    expect(changedProperties(later, second)).toEqual({});
  });

  it('keeps an empty care_segment_changed_at while the segment stays', () => {
    const stored = { ...healthy, ...kpiOf(healthy), care_segment_changed_at: '' };
    expect(kpiOf(stored).care_segment_changed_at).toBe('');
  });

  it('stamps today and now when the segment changes', () => {
    const stored = {
      ...healthy,
      ...kpiOf(healthy),
      care_segment: 'develop',
      care_segment_changed_at: '2026-05-05',
      care_classified_at: '2026-05-05T08:00:00.000Z',
    };
    const next = kpiOf(stored);
    expect(changedProperties(stored, next)).toEqual({
      care_segment: 'key',
      care_segment_changed_at: '2026-11-01',
      care_classified_at: '2026-11-01T10:00:00.000Z',
    });
  });

  it('stamps classified_at when another derived field changes', () => {
    const stored = {
      ...healthy,
      ...kpiOf(healthy),
      care_classified_at: '2026-05-05T08:00:00.000Z',
    };
    const next = kpiOf({ ...stored, notes_last_contacted: '2026-10-30T08:00:00Z' });
    expect(Object.keys(changedProperties(stored, next)).sort()).toEqual([
      'care_classified_at',
      'care_next_contact_due',
    ]);
  });

  it('writes no timestamp for an invalid clock', () => {
    const input = company(healthy);
    const c = classificationFor('key');
    const at = { now: new Date(Number.NaN), timeZone: 'UTC' };
    const dates = careDates(input, c, defaultConfig.carePlans.key, at);
    expect(kpiFields(input, c, dates, [], defaultConfig, at).care_classified_at).toBe('');
  });
});

describe('changedProperties', () => {
  it.each<[string | null | undefined, string, boolean]>([
    [undefined, '', false],
    [null, '', false],
    ['  ', '', false],
    ['x', '', true],
    ['', 'x', true],
    ['48200.0', '48200', false],
    ['48200.5', '48200', true],
    ['2026-11-01', '2026-11-01', false],
    ['1793491200000', '2026-11-01', false],
    ['2026-11-01T00:00:00Z', '2026-11-01', false],
    ['2026-11-02', '2026-11-01', true],
    ['garbage', '2026-11-01', true],
    ['2026-11-01T10:00:00Z', '2026-11-01T12:00:00+02:00', false],
    ['2026-11-01T10:00:01Z', '2026-11-01T10:00:00.000Z', true],
    ['nonsense', '2026-11-01T10:00:00.000Z', true],
    ['True', 'true', false],
    ['Key', 'key', true],
    ['develop', 'key', true],
  ])('stored %p → next %p changed: %p', (stored, next, changed) =>
    expect('p' in changedProperties({ p: stored }, { p: next })).toBe(changed),
  );

  it('reads only own properties', () =>
    expect(changedProperties({}, { constructor: 'x', toString: '' })).toEqual({
      constructor: 'x',
    }));
});

describe('hubspot values', () => {
  it.each([
    [48200, '48200'],
    [48200.5, '48200.5'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0'],
    [-0, '0'],
    [-12.25, '-12.25'],
    [null, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('hubspotNumber(%p) = %p', (value, text) => expect(hubspotNumber(value)).toBe(text));

  it('gives the empty value for an empty whole', () => {
    expect(percentOf(0, 0, 100)).toBe(100);
    expect(percentOf(0, 0, null)).toBeNull();
    expect(percentOf(2, 3, null)).toBe(67);
  });
});
