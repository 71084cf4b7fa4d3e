import type { ChecklistItem } from './checklistItem';
import { capNewSteps, stepsPerOwner } from './capNewSteps';

const item = (
  key: string,
  ownerId: string | null,
  dueDate: string,
  rule: ChecklistItem['rule'] = 'contact-due',
): ChecklistItem => ({
  rule,
  key,
  title: { en: 'Contact', fi: 'Ota yhteyttä' },
  dueDate,
  taskType: 'CALL',
  priority: 'MEDIUM',
  ownerId,
  state: 'suggested',
  taskId: null,
});

describe('capNewSteps: new tasks per owner per run', () => {
  const steps = [
    item('a', '7', '2026-11-20'),
    item('b', '7', '2026-11-05'),
    item('c', '7', '2026-11-10'),
    item('d', '8', '2026-11-30'),
    item('e', null, '2026-11-01'),
    item('f', null, '2026-11-02'),
  ];

  it.each<[number, string[], string[]]>([
    [1, ['e', 'b', 'd'], ['f', 'c', 'a']],
    [2, ['e', 'f', 'b', 'c', 'd'], ['a']],
    [3, ['e', 'f', 'b', 'c', 'a', 'd'], []],
  ])('cap %i: creates %j (oldest due first), holds back %j', (cap, create, held) => {
    const capped = capNewSteps(steps, cap);
    expect(capped.create.map((s) => s.key)).toEqual(create);
    expect(capped.held.map((s) => s.key)).toEqual(held);
  });

  it('ties on the due date break by key, so reruns pick the same steps', () =>
    expect(
      capNewSteps([item('z', '7', '2026-11-01'), item('y', '7', '2026-11-01')], 1).create.map(
        (s) => s.key,
      ),
    ).toEqual(['y']));

  it.each<[number, string[]]>([
    [5, ['1:contact-due:x']],
    [1, ['1:no-next-step:2026-11']],
  ])(
    'cap %i: the reminder goes only when no real task is created for the company: %j',
    (cap, create) => {
      const steps = [
        item('1:no-next-step:2026-11', '7', '2026-11-01', 'no-next-step'),
        item('1:contact-due:x', '7', '2026-11-02'),
      ];
      expect(capNewSteps(steps, cap).create.map((s) => s.key)).toEqual(create);
    },
  );

  it('counts per owner, no owner last', () =>
    expect(stepsPerOwner(steps)).toEqual([
      ['7', 3],
      ['8', 1],
      [null, 2],
    ]));
});
