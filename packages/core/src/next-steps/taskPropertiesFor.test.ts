import type { ChecklistItem } from './checklistItem';
import { defaultConfig } from '../config/parseConfig';
import { configOf, contextAt, task } from '../testing/fixtures';
import { isOpenTask, readStepKey, stepMarker } from './stepMarker';
import { taskPropertiesFor } from './taskPropertiesFor';

const item: ChecklistItem = {
  rule: 'contact-due',
  key: '101:contact-due:2026-03-01',
  title: { en: 'Contact the customer', fi: 'Ota yhteyttä asiakkaaseen' },
  dueDate: '2026-03-29',
  taskType: 'CALL',
  priority: 'MEDIUM',
  ownerId: '7',
  state: 'suggested',
  taskId: null,
};

describe('step marker', () => {
  it('round-trips a key through a task body', () => {
    expect(stepMarker(item.key)).toBe('[care-model:101:contact-due:2026-03-01]');
    expect(readStepKey(`Call them.\n${stepMarker(item.key)}`)).toBe(item.key);
    expect(readStepKey(`<p>Call</p><p>${stepMarker(item.key)}</p>`)).toBe(item.key);
  });

  it.each([
    null,
    undefined,
    '',
    'Call them',
    '[care-model:]',
    '[care-model:a b]',
    '[care-model:abc',
  ])('finds no key in %p', (body) => expect(readStepKey(body)).toBeNull());

  it.each([
    ['NOT_STARTED', true],
    ['IN_PROGRESS', true],
    ['WAITING', true],
    ['completed', false],
    ['COMPLETED', false],
  ])('a task with status %s is open: %s', (status, open) =>
    expect(isOpenTask(task('1', '', status))).toBe(open),
  );

  it('counts a task without a status as open', () =>
    expect(isOpenTask({ id: '1', properties: {} })).toBe(true));
});

describe('taskPropertiesFor', () => {
  it('builds the HubSpot task, due at 09:00 portal time across the DST change', () => {
    expect(taskPropertiesFor(item, defaultConfig, contextAt('2026-03-01T10:00:00Z'))).toEqual({
      hs_task_subject: 'Contact the customer',
      hs_task_body:
        'Next step from the care model. Completing this task marks the step done.\n[care-model:101:contact-due:2026-03-01]',
      hs_timestamp: '2026-03-29T06:00:00.000Z',
      hs_task_status: 'NOT_STARTED',
      hs_task_priority: 'MEDIUM',
      hs_task_type: 'CALL',
      hubspot_owner_id: '7',
    });
  });

  it('writes Finnish for a Finnish portal, and no owner when there is none', () => {
    const config = configOf({ locale: 'fi' });
    const properties = taskPropertiesFor(
      { ...item, ownerId: null, dueDate: '2026-11-01' },
      config,
      contextAt('2026-03-01T10:00:00Z', 'America/New_York'),
    );
    expect(properties.hs_task_subject).toBe('Ota yhteyttä asiakkaaseen');
    expect(properties.hs_timestamp).toBe('2026-11-01T14:00:00.000Z');
    expect(properties).not.toHaveProperty('hubspot_owner_id');
    expect(readStepKey(properties.hs_task_body)).toBe(item.key);
  });
});
