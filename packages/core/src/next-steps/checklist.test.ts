import { careDates } from '../care-plan/careDates';
import type { Classification } from '../classification/classification';
import type { RawProperties, TaskInput } from '../company/companyInput';
import { defaultConfig } from '../config/parseConfig';
import type { CareConfig } from '../config/configSchema';
import { ruleIds, type RuleId } from '../config/vocabulary';
import {
  classificationFor,
  company,
  configOf,
  contextAt,
  healthy,
  task,
} from '../testing/fixtures';
import { buildChecklist } from './checklist';
import { stepMarker } from './stepMarker';

const ctx = contextAt('2026-11-01T10:00:00Z');
const otherTask = task('900', 'Call about the renewal');

function checklistOf(
  properties: RawProperties,
  classification: Classification = classificationFor('key'),
  tasks: TaskInput[] = [otherTask],
  config: CareConfig = defaultConfig,
  at = ctx,
) {
  const input = company(properties, tasks);
  const plan = config.carePlans[classification.segment];
  return buildChecklist(
    input,
    classification,
    careDates(input, classification, plan, at),
    config,
    at,
  );
}

const rulesOf = (...args: Parameters<typeof checklistOf>) =>
  checklistOf(...args).map((i) => i.rule);

describe('buildChecklist: which rules fire', () => {
  it('gives a healthy key company no next step', () => expect(rulesOf(healthy)).toEqual([]));

  it.each<[string, RawProperties, Classification | undefined, TaskInput[] | undefined, RuleId[]]>([
    ['unidentified', healthy, classificationFor('unidentified'), undefined, ['classify']],
    [
      'no owner',
      { ...healthy, hubspot_owner_id: '' },
      undefined,
      undefined,
      ['assign-owner', 'data-gaps'],
    ],
    [
      'contact 31 days ago',
      { ...healthy, notes_last_contacted: '2026-09-30T08:00:00Z' },
      undefined,
      undefined,
      ['contact-due'],
    ],
    [
      'contact 30 days ago (due today)',
      { ...healthy, notes_last_contacted: '2026-10-02T08:00:00Z' },
      undefined,
      undefined,
      [],
    ],
    [
      'never contacted',
      { ...healthy, notes_last_contacted: null },
      undefined,
      undefined,
      ['contact-due'],
    ],
    [
      'review overdue',
      { ...healthy, care_last_review_at: '2026-07-31' },
      undefined,
      undefined,
      ['review-due'],
    ],
    [
      'review due today',
      { ...healthy, care_last_review_at: '2026-08-01' },
      undefined,
      undefined,
      [],
    ],
    [
      'never reviewed',
      { ...healthy, care_last_review_at: undefined },
      undefined,
      undefined,
      ['review-due'],
    ],
    [
      'plan missing',
      { ...healthy, care_plan_updated_at: '' },
      undefined,
      undefined,
      ['plan-missing'],
    ],
    [
      'plan stale',
      { ...healthy, care_plan_updated_at: '2026-07-31' },
      undefined,
      undefined,
      ['plan-missing'],
    ],
    [
      'assessed 12 months + 1 day ago',
      healthy,
      classificationFor('key', {}, '2025-10-31'),
      undefined,
      ['reassess'],
    ],
    [
      'assessed exactly 12 months ago',
      healthy,
      classificationFor('key', {}, '2025-11-01'),
      undefined,
      [],
    ],
    ['assessment date unknown', healthy, classificationFor('key', {}, null), undefined, []],
    [
      'check-in overdue',
      { ...healthy, care_last_check_in_at: '2026-04-30' },
      undefined,
      undefined,
      ['check-in-due'],
    ],
    [
      'never checked in',
      { ...healthy, care_last_check_in_at: undefined },
      undefined,
      undefined,
      ['check-in-due'],
    ],
    ['only completed tasks', healthy, undefined, [task('1', 'x', 'COMPLETED')], ['no-next-step']],
    ['no tasks', healthy, undefined, [], ['no-next-step']],
    ['an open task of anyone', healthy, undefined, [task('1', 'x', 'IN_PROGRESS')], []],
    [
      'at risk',
      { ...healthy, care_relationship_status: 'dissatisfied_at_risk' },
      undefined,
      undefined,
      ['at-risk'],
    ],
    ['no industry', { ...healthy, industry: ' ' }, undefined, undefined, ['data-gaps']],
    [
      'annual revenue not a number',
      { ...healthy, annualrevenue: 'lots' },
      undefined,
      undefined,
      ['data-gaps'],
    ],
    [
      'no value data',
      healthy,
      classificationFor('key', {
        value: { source: 'property', amount: null, valueClass: null, windowDays: null },
      }),
      undefined,
      ['data-gaps'],
    ],
  ])('%s', (_name, properties, classification, tasks, expected) =>
    expect(rulesOf(properties, classification, tasks)).toEqual(expected),
  );

  it('a retain company has no plan, no check-in; unidentified no cadence', () => {
    const bare = { hubspot_owner_id: '7', industry: 'x', annualrevenue: '1' };
    expect(rulesOf(bare, classificationFor('retain'))).toEqual(['contact-due', 'review-due']);
    expect(rulesOf(bare, classificationFor('unidentified'))).toEqual(['classify']);
  });

  it('lists everything in rule order for a neglected company', () => {
    const rules = rulesOf(
      { care_relationship_status: 'dissatisfied_at_risk' },
      classificationFor('unidentified'),
      [],
    );
    expect(rules).toEqual(['classify', 'assign-owner', 'no-next-step', 'at-risk', 'data-gaps']);
    const key = rulesOf(
      { care_relationship_status: 'dissatisfied_at_risk' },
      classificationFor('key', {}, '2025-01-01'),
      [],
    );
    expect(key).toEqual(ruleIds.filter((rule) => rule !== 'classify'));
  });

  it.each(ruleIds)('a disabled %s rule produces nothing', (rule) => {
    const config = configOf({ nextSteps: { [rule]: { enabled: false } } });
    const neglected = { care_relationship_status: 'dissatisfied_at_risk' };
    const all = (config: CareConfig) => [
      ...rulesOf(neglected, classificationFor('unidentified'), [], config),
      ...rulesOf(neglected, classificationFor('key', {}, '2025-01-01'), [], config),
    ];
    expect(all(defaultConfig)).toContain(rule);
    expect(all(config)).not.toContain(rule);
  });

  it('counts a configured relationship status as at risk', () => {
    const config = configOf({ atRiskStatuses: ['satisfied_neutral'] });
    expect(
      rulesOf(
        { ...healthy, care_relationship_status: 'satisfied_neutral' },
        undefined,
        undefined,
        config,
      ),
    ).toEqual(['at-risk']);
  });
});

describe('buildChecklist: items', () => {
  it('sets due date = max(natural due, today) + offset, type, priority, owner, key', () => {
    const [overdue] = checklistOf({ ...healthy, notes_last_contacted: '2026-09-01T08:00:00Z' });
    expect(overdue).toEqual({
      rule: 'contact-due',
      key: '101:contact-due:2026-10-01',
      title: { en: 'Contact the customer', fi: 'Ota yhteyttä asiakkaaseen' },
      dueDate: '2026-11-04',
      taskType: 'CALL',
      priority: 'MEDIUM',
      ownerId: '7',
      state: 'suggested',
      taskId: null,
    });
  });

  it('counts the offset from today once the natural due date has passed', () => {
    const config = configOf({ nextSteps: { 'plan-missing': { dueOffsetDays: 0 } } });
    const items = checklistOf(
      { ...healthy, care_plan_updated_at: '2026-07-31' },
      undefined,
      undefined,
      config,
    );
    expect(items.map((i) => [i.key, i.dueDate])).toEqual([
      ['101:plan-missing:2026-10-31', '2026-11-01'],
    ]);
  });

  it.each<[string, RawProperties, Classification, string]>([
    [
      'contact never',
      { ...healthy, notes_last_contacted: '' },
      classificationFor('key'),
      '101:contact-due:never',
    ],
    [
      'review never',
      { ...healthy, care_last_review_at: '' },
      classificationFor('key'),
      '101:review-due:never',
    ],
    [
      'review due',
      { ...healthy, care_last_review_at: '2026-05-31' },
      classificationFor('key'),
      '101:review-due:2026-08-31',
    ],
    [
      'plan never',
      { ...healthy, care_plan_updated_at: '' },
      classificationFor('key'),
      '101:plan-missing:never',
    ],
    ['reassess', healthy, classificationFor('key', {}, '2025-01-31'), '101:reassess:2026-01-31'],
    [
      'check-in never',
      { ...healthy, care_last_check_in_at: '' },
      classificationFor('key'),
      '101:check-in-due:never',
    ],
    ['classify never', healthy, classificationFor('unidentified', {}, null), '101:classify:never'],
    [
      'classify after a partial assessment',
      healthy,
      classificationFor('unidentified', {}, '2026-10-15'),
      '101:classify:2026-10-15',
    ],
    [
      'assign-owner by month',
      { ...healthy, hubspot_owner_id: undefined },
      classificationFor('key'),
      '101:assign-owner:2026-11',
    ],
    [
      'at-risk by month',
      { ...healthy, care_relationship_status: 'dissatisfied_at_risk' },
      classificationFor('key'),
      '101:at-risk:2026-11',
    ],
  ])('period: %s', (_name, properties, classification, key) =>
    expect(checklistOf(properties, classification).map((i) => i.key)).toContain(key),
  );

  it('takes the month in the portal time zone', () => {
    const endOfOctober = contextAt('2026-10-31T22:30:00Z');
    const keys = (at: typeof ctx) =>
      checklistOf(healthy, classificationFor('key'), [], defaultConfig, at).map((i) => i.key);
    expect(keys(endOfOctober)).toEqual(['101:no-next-step:2026-11']);
    expect(keys(contextAt('2026-10-31T22:30:00Z', 'UTC'))).toEqual(['101:no-next-step:2026-10']);
  });

  it('keeps the key while nothing changes and moves it when a contact is logged', () => {
    const before = { ...healthy, notes_last_contacted: '2026-09-01T08:00:00Z' };
    const key = checklistOf(before)[0]?.key;
    expect(
      checklistOf(before, undefined, undefined, defaultConfig, contextAt('2026-11-20T10:00:00Z'))[0]
        ?.key,
    ).toBe(key);
    const later = { ...before, hs_last_sales_activity_timestamp: '2026-09-20T08:00:00Z' };
    expect(checklistOf(later)[0]?.key).toBe('101:contact-due:2026-10-20');
    expect(checklistOf(later)[0]?.key).not.toBe(key);
  });

  it('takes the state from tasks carrying the marker', () => {
    const props = { ...healthy, care_relationship_status: 'dissatisfied_at_risk' };
    const marker = stepMarker('101:at-risk:2026-11');
    const state = (tasks: TaskInput[]) => {
      const item = checklistOf(props, classificationFor('key'), tasks).find(
        (i) => i.rule === 'at-risk',
      );
      return [item?.state, item?.taskId];
    };
    expect(state([otherTask])).toEqual(['suggested', null]);
    expect(state([task('5', `Plan\n${marker}`)])).toEqual(['open', '5']);
    expect(state([task('5', `<p>${marker}</p>`, 'COMPLETED')])).toEqual(['done', '5']);
    expect(state([task('5', marker, 'COMPLETED'), task('6', marker, 'WAITING')])).toEqual([
      'open',
      '6',
    ]);
    expect(state([otherTask, task('7', stepMarker('101:at-risk:2026-10'), 'COMPLETED')])).toEqual([
      'suggested',
      null,
    ]);
  });
});

describe('buildChecklist: task hygiene', () => {
  const overdue = { ...healthy, notes_last_contacted: '2026-09-30T08:00:00Z' };
  const itemOf = (
    tasks: TaskInput[],
    properties: RawProperties = overdue,
    rule: RuleId = 'contact-due',
  ) => checklistOf(properties, classificationFor('key'), tasks).find((i) => i.rule === rule);
  const app = (id: string, key: string, status = 'NOT_STARTED') =>
    task(id, stepMarker(key), status);

  it.each<[string, TaskInput[], string, string | null]>([
    ['no task: suggested', [otherTask], 'suggested', null],
    ['its own task open', [app('1', '101:contact-due:2026-10-30')], 'open', '1'],
    [
      'an older period of the rule still open: no second task',
      [app('1', '101:contact-due:2026-06-01')],
      'open',
      '1',
    ],
    [
      'an older period done: a new one is suggested',
      [app('1', '101:contact-due:2026-06-01', 'COMPLETED')],
      'suggested',
      null,
    ],
    ['another rule open: suggested', [app('1', '101:review-due:2026-06-01')], 'suggested', null],
    [
      "another company's task of the rule: suggested",
      [app('1', '202:contact-due:2026-06-01')],
      'suggested',
      null,
    ],
    [
      'its task done by a person',
      [app('1', '101:contact-due:2026-10-30', 'COMPLETED')],
      'done',
      '1',
    ],
    [
      "its task closed by the app: not a person's done",
      [
        task(
          '1',
          `[care-model-closed:contacted]\n${stepMarker('101:contact-due:2026-10-30')}`,
          'COMPLETED',
        ),
      ],
      'suggested',
      null,
    ],
  ])('%s', (_, tasks, state, taskId) => expect(itemOf(tasks)).toMatchObject({ state, taskId }));

  it.each<[string, TaskInput[], boolean]>([
    ["a person's open task documents a next step", [otherTask], false],
    ['an open app step documents one', [app('1', '101:contact-due:2026-06-01')], false],
    ["the app's own reminder does not", [app('1', '101:no-next-step:2026-10')], true],
    ['a completed task does not', [task('9', 'Call', 'COMPLETED')], true],
  ])('coverage: %s', (_, tasks, fires) =>
    expect(rulesOf(healthy, classificationFor('key'), tasks).includes('no-next-step')).toBe(fires),
  );

  it('the reminder of last month keeps the no-next-step item open, not a second reminder', () =>
    expect(itemOf([app('1', '101:no-next-step:2026-10')], healthy, 'no-next-step')).toMatchObject({
      key: '101:no-next-step:2026-11',
      state: 'open',
      taskId: '1',
    }));
});
