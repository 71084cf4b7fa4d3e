import { closedMarker, isUntouched, stepMarker } from '@care-model/core';
import { dealsMemo, memoFields, memoMaxChars, readMemo, tasksMemo } from './relatedMemo';

const appTask = (id: string, status: string, extra = '') => ({
  id,
  properties: {
    hs_task_status: status,
    hs_task_body: `Call them.\n${stepMarker(`7:contact-due:2026-11-30`)}${extra}`,
    hs_createdate: '2026-11-01T09:00:00.000Z',
    hs_lastmodifieddate: '2026-11-01T09:00:10.000Z',
    hs_task_subject: 'Contact',
  },
});

describe('relatedMemo', () => {
  it('reads back the deals and tasks it wrote, ordered by id, with only what the core reads', () => {
    const deals = [
      { id: '12', properties: { amount: '900', closedate: '2026-03-01T00:00:00.000Z' } },
      { id: '3', properties: { amount: '50' } },
    ];
    const tasks = [
      appTask('20', 'NOT_STARTED'),
      appTask('8', 'COMPLETED', `\n${closedMarker('contacted')}`),
      { id: '9', properties: { hs_task_status: 'WAITING', hs_task_body: 'a person' } },
      { id: '10', properties: { hs_task_status: 'COMPLETED', hs_task_body: 'done, not ours' } },
    ];
    const memo = readMemo(memoFields({ deals, tasks }));
    const touched = { ...appTask('21', 'NOT_STARTED') };
    touched.properties.hs_lastmodifieddate = '2026-11-03T10:00:00.000Z';
    expect(readMemo(memoFields({ deals, tasks: [touched] }))?.tasks[0]?.properties).toEqual({
      hs_task_status: 'NOT_STARTED',
      hs_task_body: stepMarker('7:contact-due:2026-11-30'),
    });
    expect(memo?.deals).toEqual([deals[1], deals[0]]);
    expect(memo?.tasks.map((task) => task.id)).toEqual(['8', '9', '20']);
    expect(memo?.tasks[0]?.properties).toEqual({
      hs_task_status: 'COMPLETED',
      hs_task_body: `${stepMarker('7:contact-due:2026-11-30')}\n${closedMarker('contacted')}`,
    });
    expect(memo?.tasks[1]?.properties).toEqual({ hs_task_status: 'WAITING' });
    // Untouched: not started and saved once; the core can still close it (after a read of its body).
    expect(isUntouched(memo?.tasks[2] ?? { id: '', properties: {} })).toBe(true);
    // What it reads it writes the same: a second run finds nothing to change.
    expect(memoFields(memo ?? { deals: [], tasks: [] })).toEqual(memoFields({ deals, tasks }));
  });

  it('holds an empty list apart from no memo', () => {
    expect(readMemo({ care_deals_memo: '[]', care_tasks_memo: '[]' })).toEqual({
      deals: [],
      tasks: [],
    });
    expect(readMemo({ care_deals_memo: '[]' })).toBeNull();
    expect(readMemo({})).toBeNull();
  });

  it('refuses a memo a person edited, so the run reads the records instead', () => {
    for (const edited of ['[["1","2"]]', 'deals', '{"1":2}', '[[1,2,3]]'])
      expect(readMemo({ care_deals_memo: edited, care_tasks_memo: '[]' })).toBeNull();
  });

  it('keeps no memo of a company with more deals than a property holds', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: String(i + 1),
      properties: { amount: '1000.50', closedate: '2026-01-01T00:00:00.000Z' },
    }));
    const text = dealsMemo(many);
    expect(dealsMemo(many.slice(0, 10)).length).toBeLessThan(memoMaxChars);
    expect(text).toBe('*');
    expect(readMemo({ care_deals_memo: text, care_tasks_memo: tasksMemo([]) })).toBeNull();
  });
});
