import type { RawProperties, TaskInput } from '../company/companyInput';
import { defaultConfig } from '../config/parseConfig';
import type { CareConfig } from '../config/configSchema';
import { evaluateCompany } from '../evaluate';
import { configOf, contextAt, healthy, scores } from '../testing/fixtures';
import { stepMarker } from './stepMarker';
import { taskClosures } from './taskClosures';

const ctx = contextAt('2026-11-01T10:00:00Z');
const created = '2026-10-01T08:00:00.000Z';

/** An app task of a rule; `modified` seconds after its creation; a status. */
function appTask(id: string, key: string, modifiedAfterS = 0.2, status = 'NOT_STARTED'): TaskInput {
  return {
    id,
    properties: {
      hs_task_body: `Next step from the care model.\n${stepMarker(key)}`,
      hs_task_status: status,
      hs_createdate: created,
      hs_lastmodifieddate: new Date(Date.parse(created) + modifiedAfterS * 1000).toISOString(),
    },
  };
}

const customer = {
  ...healthy,
  ...scores('2', '2', '2'),
  care_potential_assessed_at: '2026-06-01',
  lifecyclestage: 'customer',
};

function closures(
  properties: RawProperties,
  tasks: TaskInput[],
  config: CareConfig = defaultConfig,
) {
  const input = { id: '101', properties, deals: [], tasks };
  const view = evaluateCompany(input, config, ctx);
  return taskClosures(input, view.checklist, view.scope.inScope, config);
}

describe('taskClosures: what the app closes and why', () => {
  it.each<[string, RawProperties, TaskInput, string | null]>([
    ['owner assigned', customer, appTask('1', '101:assign-owner:2026-10'), 'owner-assigned'],
    ['data completed', customer, appTask('1', '101:data-gaps:2026-10'), 'data-complete'],
    ['company assessed', customer, appTask('1', '101:classify:never'), 'classified'],
    [
      'left scope',
      { ...customer, lifecyclestage: 'other' },
      appTask('1', '101:contact-due:2026-09-30'),
      'out-of-scope',
    ],
    [
      'the rule still fires',
      { ...customer, hubspot_owner_id: '' },
      appTask('1', '101:assign-owner:2026-10'),
      null,
    ],
    [
      'a person changed it (2 minutes later)',
      customer,
      appTask('1', '101:assign-owner:2026-10', 120),
      null,
    ],
    [
      'within the tolerance (50 s)',
      customer,
      appTask('1', '101:assign-owner:2026-10', 50),
      'owner-assigned',
    ],
    [
      'a person started it',
      customer,
      appTask('1', '101:assign-owner:2026-10', 0, 'IN_PROGRESS'),
      null,
    ],
    ['already completed', customer, appTask('1', '101:assign-owner:2026-10', 0, 'COMPLETED'), null],
    ["another company's key", customer, appTask('1', '202:assign-owner:2026-10'), null],
  ])('%s', (_, properties, task, reason) => {
    const found = closures(properties, [task]);
    expect(found.map((c) => c.reason)).toEqual(reason === null ? [] : [reason]);
  });

  it("never closes a person's own task", () =>
    expect(
      closures({ ...customer, lifecyclestage: 'other' }, [
        {
          id: '9',
          properties: {
            hs_task_body: 'Call Anna',
            hs_task_status: 'NOT_STARTED',
            hs_createdate: created,
            hs_lastmodifieddate: created,
          },
        },
      ]),
    ).toEqual([]));

  it('a task without timestamps counts as touched', () =>
    expect(
      closures(customer, [
        {
          id: '1',
          properties: {
            hs_task_body: stepMarker('101:assign-owner:2026-10'),
            hs_task_status: 'NOT_STARTED',
          },
        },
      ]),
    ).toEqual([]));

  it('a rule switched off closes its task as rule-off', () =>
    expect(
      closures(
        { ...customer, hubspot_owner_id: '' },
        [appTask('1', '101:assign-owner:2026-10')],
        configOf({ nextSteps: { 'assign-owner': { enabled: false } } }),
      ).map((c) => c.reason),
    ).toEqual(['rule-off']));

  it('completes the task, says why first and keeps the step marker', () => {
    const [closure] = closures(customer, [appTask('1', '101:assign-owner:2026-10')]);
    expect(closure?.properties.hs_task_status).toBe('COMPLETED');
    const lines = closure?.properties.hs_task_body.split('\n') ?? [];
    expect(lines[0]).toBe('Closed by the care model: the company now has an owner.');
    expect(lines[1]).toBe('[care-model-closed:owner-assigned]');
    expect(lines).toContain(stepMarker('101:assign-owner:2026-10'));
  });

  it('in Finnish when the portal is Finnish', () =>
    expect(
      closures(customer, [appTask('1', '101:assign-owner:2026-10')], configOf({ locale: 'fi' }))[0]
        ?.properties.hs_task_body,
    ).toMatch(/^Hoitomalli sulki tehtävän: yrityksellä on nyt vastuuhenkilö\./));
});
