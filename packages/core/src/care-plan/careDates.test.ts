import { defaultConfig } from '../config/parseConfig';
import { classificationFor, company, contextAt } from '../testing/fixtures';
import { careDates } from './careDates';
import { dueStatus } from './dueStatus';

const plans = defaultConfig.carePlans;
const key = classificationFor('key');
const at = contextAt('2026-11-01T10:00:00Z');

describe('dueStatus', () => {
  it.each([
    [null, 'none'],
    ['2026-10-31', 'overdue'],
    ['2026-11-01', 'due_soon'],
    ['2026-11-08', 'due_soon'],
    ['2026-11-09', 'on_track'],
  ] as const)('due %s on 2026-11-01 → %s', (due, expected) =>
    expect(dueStatus(due, '2026-11-01')).toBe(expected),
  );
});

describe('careDates: contact', () => {
  it.each([
    ['2026-10-01T08:00:00Z', undefined, '2026-10-01', '2026-10-31', 'overdue'],
    ['2026-10-02T08:00:00Z', undefined, '2026-10-02', '2026-11-01', 'due_soon'],
    ['2026-10-09T08:00:00Z', undefined, '2026-10-09', '2026-11-08', 'due_soon'],
    ['2026-10-10T08:00:00Z', undefined, '2026-10-10', '2026-11-09', 'on_track'],
    ['2026-09-01T08:00:00Z', '2026-10-20T08:00:00Z', '2026-10-20', '2026-11-19', 'on_track'],
    ['2026-10-20T08:00:00Z', '2026-09-01T08:00:00Z', '2026-10-20', '2026-11-19', 'on_track'],
    [undefined, '1790812800000', '2026-10-01', '2026-10-31', 'overdue'],
    // 23:30 UTC on 1 October is 2 October in Helsinki.
    ['2026-10-01T23:30:00Z', undefined, '2026-10-02', '2026-11-01', 'due_soon'],
    [undefined, undefined, null, null, 'none'],
    ['yesterday', 'NaN', null, null, 'none'],
  ])('last contacted %s / sales activity %s', (contacted, activity, last, due, status) => {
    const dates = careDates(
      company({ notes_last_contacted: contacted, hs_last_sales_activity_timestamp: activity }),
      key,
      plans.key,
      at,
    );
    expect([dates.lastContactAt, dates.nextContactDue, dates.contactStatus]).toEqual([
      last,
      due,
      status,
    ]);
  });

  it('gives no contact due date or status without a cadence (unidentified)', () => {
    const dates = careDates(
      company({ notes_last_contacted: '2026-10-01T08:00:00Z' }),
      classificationFor('unidentified'),
      plans.unidentified,
      at,
    );
    expect(dates).toMatchObject({
      lastContactAt: '2026-10-01',
      nextContactDue: null,
      contactStatus: null,
      reviewStatus: null,
      checkInStatus: null,
      reassessStatus: null,
      planStatus: 'not_required',
    });
  });

  it('reads the last contact in the portal time zone across a DST change', () => {
    const dates = careDates(
      company({ notes_last_contacted: '2026-03-28T22:30:00Z' }),
      key,
      plans.key,
      contextAt('2026-04-27T21:30:00Z'),
    );
    expect(dates).toMatchObject({ lastContactAt: '2026-03-29', nextContactDue: '2026-04-28' });
    expect(dates.contactStatus).toBe('due_soon');
  });
});

describe('careDates: review, plan, check-in, re-assessment', () => {
  it.each([
    [plans.key, '2026-08-01', '2026-11-01', 'due_soon'],
    [plans.key, '2026-07-31', '2026-10-31', 'overdue'],
    [plans.key, '2026-05-31', '2026-08-31', 'overdue'],
    [plans.develop, '2026-01-31', '2027-01-31', 'on_track'],
    [plans.key, '', null, 'none'],
    [plans.key, '2026-02-30', null, 'none'],
  ])('review cycle from %#', (plan, lastReview, due, status) => {
    const dates = careDates(company({ care_last_review_at: lastReview }), key, plan, at);
    expect([dates.nextReviewDue, dates.reviewStatus]).toEqual([due, status]);
  });

  it.each([
    [plans.key, undefined, null, 'missing'],
    [plans.key, '2026-08-01', '2026-11-01', 'current'],
    [plans.key, '2026-07-31', '2026-10-31', 'stale'],
    [plans.develop, '2025-11-01', '2026-11-01', 'current'],
    [plans.develop, '2025-10-31', '2026-10-31', 'stale'],
    [{ ...plans.key, reviewCycleMonths: null }, '2025-10-31', '2026-10-31', 'stale'],
    [{ ...plans.key, reviewCycleMonths: null }, '2025-11-01', '2026-11-01', 'current'],
    [plans.retain, '2020-01-01', null, 'not_required'],
  ])('plan %#', (plan, updated, planDue, planStatus) => {
    const dates = careDates(company({ care_plan_updated_at: updated }), key, plan, at);
    expect([dates.planDue, dates.planStatus]).toEqual([planDue, planStatus]);
  });

  it('runs the check-in cycle in months, clamped at month ends', () => {
    const dates = careDates(company({ care_last_check_in_at: '2028-02-29' }), key, plans.key, at);
    expect(dates).toMatchObject({ lastCheckInAt: '2028-02-29', nextCheckInDue: '2028-08-29' });
    expect(dates.checkInStatus).toBe('on_track');
    const never = careDates(company(), key, plans.key, at);
    expect(never.checkInStatus).toBe('none');
    expect(careDates(company(), key, plans.retain, at).checkInStatus).toBeNull();
  });

  it.each([
    ['2025-10-31', '2026-10-31', 'overdue'],
    ['2028-02-29', '2029-02-28', 'on_track'],
    [null, null, 'none'],
    ['garbage', null, 'none'],
  ])('re-assessment after potential assessed %s', (assessedAt, due, status) => {
    const dates = careDates(company(), classificationFor('key', {}, assessedAt), plans.key, at);
    expect([dates.reassessDue, dates.reassessStatus]).toEqual([due, status]);
  });
});
