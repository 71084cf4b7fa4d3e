import { defaultConfig } from './parseConfig';
import { portalTaskTypes, taskTypeIssues, withTaskTypes } from './portalTaskTypes';
import { taskTypes } from './vocabulary';

// HubSpot's tasks API documents exactly these `hs_task_type` values.
const documented = ['TODO', 'CALL', 'EMAIL'];

describe('task types', () => {
  it('offers only the types HubSpot documents', () => {
    expect([...taskTypes]).toEqual(documented);
  });

  it('gives every default rule a documented type', () => {
    const used = Object.values(defaultConfig.nextSteps).map((rule) => rule.taskType);
    expect(used.filter((type) => !documented.includes(type))).toEqual([]);
    expect(taskTypeIssues(defaultConfig, portalTaskTypes(documented))).toEqual([]);
  });

  it.each([
    [
      ['TODO', 'CALL', 'EMAIL', 'MEETING', 'LINKED_IN_CONNECT'],
      ['TODO', 'CALL', 'EMAIL'],
    ],
    [
      ['EMAIL', 'TODO'],
      ['TODO', 'EMAIL'],
    ],
    [[], []],
  ])('keeps the app types among the portal options %j', (options, expected) => {
    expect(portalTaskTypes(options)).toEqual(expected);
  });

  it('names each rule whose type the portal lacks', () => {
    const issues = taskTypeIssues(defaultConfig, ['TODO', 'EMAIL']);
    expect(issues.map((issue) => issue.path)).toEqual([
      'nextSteps.contact-due.taskType',
      'nextSteps.check-in-due.taskType',
      'nextSteps.at-risk.taskType',
    ]);
    expect(issues[0]?.message).toContain('no task type CALL');
  });

  it("replaces a type the portal lacks by the portal's first, and keeps the rest", () => {
    const adjusted = withTaskTypes(defaultConfig, ['TODO', 'EMAIL']);
    expect(taskTypeIssues(adjusted, ['TODO', 'EMAIL'])).toEqual([]);
    expect(adjusted.nextSteps['contact-due']).toEqual({
      ...defaultConfig.nextSteps['contact-due'],
      taskType: 'TODO',
    });
    expect(withTaskTypes(defaultConfig, ['EMAIL']).nextSteps.classify.taskType).toBe('EMAIL');
    expect(withTaskTypes(defaultConfig, ['TODO', 'CALL', 'EMAIL'])).toEqual(defaultConfig);
    expect(withTaskTypes(defaultConfig, [])).toBe(defaultConfig);
  });
});
