import {
  Accordion,
  Alert,
  Button,
  ErrorState,
  LoadingButton,
  LoadingSpinner,
  ProgressBar,
  Select,
  StatusTag,
  Tag,
  TextArea,
} from '@hubspot/ui-extensions';
import { defaultConfig, evaluateCompany } from '@care-model/core';
import { fail, ok } from '@care-model/contract';
import { CompanyCareCard } from '@care-model/ui';
import {
  careViewData,
  developClassification,
  fakeCaller,
  noValueClassification,
  pending,
  unidentifiedClassification,
} from './fixtures';
import { eventually, fire, renderWith } from './render';

const card = (caller: Parameters<typeof renderWith>[1], locale?: string) =>
  renderWith('crm.record.tab', caller, <CompanyCareCard />, locale);

const loaded = (data = careViewData()) => fakeCaller({ load_care_view: () => ok(data) });

describe('company card: states', () => {
  it('shows a spinner while the care view loads', () => {
    const { caller } = fakeCaller({ load_care_view: pending });
    const { find } = card(caller);
    expect(find(LoadingSpinner).props.label).toBe('Loading the care model…');
  });

  it('shows a readable error and loads again on retry', async () => {
    let attempt = 0;
    const { caller, callsTo } = fakeCaller({
      load_care_view: () =>
        ++attempt === 1
          ? fail({ code: 'not_installed', message: 'Property care_segment does not exist.' })
          : ok(careViewData()),
    });
    const { find, waitFor, text } = card(caller);
    await waitFor(() => expect(find(ErrorState)).toBeTruthy());
    expect(text()).toContain('Ask an admin to run "Install / repair fields"');
    expect(text()).toContain('Property care_segment does not exist.');
    fire(
      find(Button, (b) => b.text === 'Try again'),
      'onClick',
    );
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Develop'));
    expect(callsTo('load_care_view')).toHaveLength(2);
    // The portal's time zone comes from the extension context.
    expect(callsTo('load_care_view')[0]?.parameters).toEqual({
      companyId: '123',
      timeZone: 'America/New_York',
    });
  });

  it('treats an answer that breaks the contract as an error', async () => {
    const { caller } = fakeCaller({ load_care_view: () => ok({ company: 'nope' }) });
    const { find, waitFor, text } = card(caller);
    await waitFor(() => expect(find(ErrorState)).toBeTruthy());
    expect(text()).toContain('load_care_view gave an unexpected answer');
  });

  it('shows a classified company: segment, explanation, care plan, due dates and statuses', async () => {
    const { find, findAll, waitFor, text } = card(loaded().caller);
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Develop'));
    expect(text()).toContain(developClassification.explanation.en);
    expect(text()).toContain("Proactive development along the customer's path");
    expect(text()).toContain('Every 60 days');
    expect(text()).toContain('Every 12 months');
    expect(text()).toContain('Required, updated at each review');
    expect(text()).toContain('Sep 30, 2026');
    const statuses = findAll(StatusTag).map((tag) => `${tag.text}:${tag.props.variant}`);
    expect(statuses).toEqual(
      expect.arrayContaining(['Overdue:danger', 'On track:success', 'Missing:danger']),
    );
  });

  it('shows the matrix with every cell and the company cell highlighted, value and factors', async () => {
    const { find, findAll, waitFor, text } = card(loaded().caller);
    await waitFor(() => expect(find(Tag, { testId: 'own-cell' })).toBeTruthy());
    expect(find(Tag, { testId: 'own-cell' }).text).toBe('Develop · This company');
    expect(findAll(Tag, { testId: 'own-cell' })).toHaveLength(1);
    expect(text()).toContain('Medium (3–5)');
    expect(text()).toContain('Value class 1');
    expect(text()).toContain('€48,200 in the last 365 days · Value class 2');
    expect(text()).toContain('4 / 9');
    expect(text()).toContain('Upsell: 2/3 — Clear whitespace in several services');
    expect(text()).toContain('Internal value: 0/3 — No reference or learning value');
  });

  it("says when the value class is the portfolio recompute's (Pareto), and only then", async () => {
    const pareto = card(loaded({ ...careViewData(), valueClassFromRecompute: true }).caller);
    await pareto.waitFor(() => expect(pareto.find(Tag, { testId: 'own-cell' })).toBeTruthy());
    expect(pareto.text()).toContain('The value class comes from the portfolio recompute');
    const bands = card(loaded().caller);
    await bands.waitFor(() => expect(bands.find(Tag, { testId: 'own-cell' })).toBeTruthy());
    expect(bands.text()).not.toContain('portfolio recompute');
  });

  it('says when a company is unidentified and invites the assessment', async () => {
    const { find, maybeFind, waitFor, text } = card(
      loaded(careViewData(unidentifiedClassification)).caller,
    );
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Unidentified'));
    expect(text()).toContain('This company is not classified yet');
    expect(text()).toContain('Potential not assessed: Upsell, Development, Internal value.');
    expect(text()).toContain('Assess the potential in the matrix section below');
    expect(maybeFind(Tag, { testId: 'own-cell' })).toBeNull();
    expect(find(Accordion, { title: 'Assess potential' }).props.defaultOpen).toBe(true);
  });

  it('says when value data is insufficient', async () => {
    const { find, waitFor, text } = card(loaded(careViewData(noValueClassification)).caller);
    await waitFor(() => expect(find(Tag, { testId: 'segment' })).toBeTruthy());
    expect(text()).toContain('Value data missing: there is no value for this company.');
    expect(text()).toContain('Insufficient data: There is no value data for this company');
  });

  it('says plainly why a company is out of scope and what would bring it in', async () => {
    const scope = {
      inScope: false,
      reason: 'neither' as const,
      lifecycleStage: 'lead',
      lastWonDate: '2024-03-01',
    };
    const { find, maybeFind, waitFor, text } = card(
      loaded(careViewData(undefined, { scope, checklist: [] })).caller,
    );
    await waitFor(() => expect(find(Alert, { testId: 'out-of-scope' })).toBeTruthy());
    expect(text()).toContain(
      'its lifecycle stage is lead, and its last closed-won deal closed on Mar 1, 2024, not within 24 months.',
    );
    expect(text()).toContain(
      'when its lifecycle stage is one of customer, evangelist, or when a deal with it is won',
    );
    expect(maybeFind(Tag, { testId: 'segment' })).toBeNull();
    expect(text()).not.toContain('Create tasks');
  });

  it('shows an empty checklist as all caught up', async () => {
    const { waitFor, text } = card(loaded(careViewData(undefined, { checklist: [] })).caller);
    await waitFor(() => expect(text()).toContain('All caught up'));
    expect(text()).not.toContain('Create tasks');
  });

  it('speaks Finnish to a Finnish user, with Finnish dates and money', async () => {
    const { find, waitFor, text } = card(loaded().caller, 'fi-FI');
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Kehitettävä'));
    expect(text()).toContain('Seuraavat askeleet');
    expect(text()).toContain('Myöhässä');
    expect(text()).toContain('30.9.2026');
    expect(text()).toMatch(/48\s200\s€/);
  });
});

describe('company card: checklist', () => {
  it('lists each next step with its state, due date and owner, and the progress', async () => {
    const { find, findAll, waitFor, text } = card(loaded().caller);
    await waitFor(() => expect(find(ProgressBar).props.title).toBe('1 of 3 done'));
    const states = findAll(StatusTag).map((tag) => tag.text);
    expect(states).toEqual(expect.arrayContaining(['Suggested', 'Task open', 'Done']));
    expect(text()).toContain('Contact the customer');
    expect(text()).toContain('Due Nov 4, 2026 · Owner: Aino Virtanen · To-do · Medium');
  });

  it('creates tasks for the suggested steps, then shows the answered view and confirms', async () => {
    const after = careViewData(undefined, {
      checklist: careViewData().view.checklist.map((item) => ({ ...item, state: 'open' as const })),
    });
    const { caller, callsTo } = fakeCaller({
      load_care_view: () => ok(careViewData()),
      sync_next_steps: () =>
        ok({
          ...after,
          created: [{ key: '101:contact-due:2026-11', taskId: 't1' }],
          existing: [],
          failed: [],
          skipped: [],
        }),
    });
    const { find, waitFor, mocks, findAll } = card(caller);
    await waitFor(() =>
      expect(find(LoadingButton, (b) => b.text === 'Create tasks (1)')).toBeTruthy(),
    );
    fire(
      find(LoadingButton, (b) => b.text === 'Create tasks (1)'),
      'onClick',
    );
    await waitFor(() => expect(mocks.actions.addAlert.calls).toHaveLength(1));
    expect(callsTo('sync_next_steps')[0]?.parameters).toEqual({
      companyId: '101',
      keys: ['101:contact-due:2026-11'],
    });
    expect(callsTo('load_care_view')).toHaveLength(1);
    expect(mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({
      type: 'success',
      message: '1 task created.',
    });
    expect(mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    expect(findAll(StatusTag, (t) => t.text === 'Task open')).toHaveLength(3);
  });

  it('records a review and shows an error alert when the write fails', async () => {
    const { caller, callsTo } = fakeCaller({
      load_care_view: () => ok(careViewData()),
      record_activity: (p) =>
        p.kind === 'review'
          ? ok({ ...careViewData(), written: ['care_last_review_at'] })
          : fail({ code: 'rate_limited', message: 'HubSpot is busy; try again in a minute.' }),
    });
    const { find, waitFor, mocks } = card(caller);
    await waitFor(() =>
      expect(find(LoadingButton, (b) => b.text === 'Record review')).toBeTruthy(),
    );
    fire(
      find(LoadingButton, (b) => b.text === 'Record review'),
      'onClick',
    );
    await waitFor(() => expect(mocks.actions.addAlert.calls).toHaveLength(1));
    expect(mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({
      type: 'success',
      message: 'Account review recorded.',
    });
    expect(callsTo('record_activity')[0]?.parameters).toMatchObject({
      companyId: '101',
      kind: 'review',
    });
    fire(
      find(LoadingButton, (b) => b.text === 'Record check-in'),
      'onClick',
    );
    await eventually(() => expect(mocks.actions.addAlert.calls).toHaveLength(2));
    expect(mocks.actions.addAlert.calls[1]?.[0]).toMatchObject({
      type: 'danger',
      message: 'HubSpot is busy; try again in a minute.',
    });
    expect(mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
  });
});

describe('company card: assessment and override', () => {
  it('saves an assessment with scores and rationale, and shows the new classification', async () => {
    const { caller, callsTo } = fakeCaller({
      load_care_view: () => ok(careViewData(unidentifiedClassification)),
      save_assessment: () => ok({ ...careViewData(developClassification), written: [] }),
    });
    const { find, waitFor, mocks } = card(caller);
    await waitFor(() => expect(find(Select, { name: 'score-upsell' })).toBeTruthy());
    expect(find(Select, { name: 'score-upsell' }).props.options.map((o) => o.label)).toContain(
      '3 — Large whitespace, needs confirmed',
    );
    fire(find(Select, { name: 'score-upsell' }), 'onChange', '2');
    fire(find(Select, { name: 'score-development' }), 'onChange', '2');
    fire(find(Select, { name: 'score-internal' }), 'onChange', '0');
    fire(find(TextArea, { name: 'rationale' }), 'onChange', 'Two services in use.');
    fire(
      find(LoadingButton, (b) => b.text === 'Save assessment'),
      'onClick',
    );
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Develop'));
    expect(callsTo('save_assessment')[0]?.parameters).toEqual({
      companyId: '101',
      scores: { upsell: 2, development: 2, internal: 0 },
      rationale: 'Two services in use.',
      timeZone: 'America/New_York',
      actor: { userId: '1', email: 'fake_email@example.com' },
    });
    expect(mocks.actions.refreshObjectProperties.calls).toHaveLength(1);
    expect(mocks.actions.addAlert.calls[0]?.[0]).toMatchObject({ type: 'success' });
  });

  it('sets an override with a reason and shows who set it; clears it again', async () => {
    const overridden = careViewData({
      ...developClassification,
      override: { segment: 'key', reason: 'Strategic pilot', until: '2027-11-01', active: true },
      segment: 'key',
    });
    const { caller, callsTo } = fakeCaller({
      load_care_view: () => ok(careViewData()),
      set_override: () =>
        ok({
          ...overridden,
          overrideSetBy: { name: 'Aino Virtanen', at: '2026-11-01T08:00:00Z' },
          written: [],
        }),
      clear_override: () => ok({ ...careViewData(), written: [] }),
    });
    const { find, waitFor, text, mocks } = card(caller);
    await waitFor(() => expect(find(Select, { name: 'overrideSegment' })).toBeTruthy());
    expect(find(LoadingButton, (b) => b.text === 'Set override').props.disabled).toBe(true);
    fire(find(Select, { name: 'overrideSegment' }), 'onChange', 'key');
    fire(find(TextArea, { name: 'overrideReason' }), 'onChange', 'Strategic pilot');
    fire(
      find(LoadingButton, (b) => b.text === 'Set override'),
      'onClick',
    );
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Key'));
    expect(callsTo('set_override')[0]?.parameters).toMatchObject({
      companyId: '101',
      segment: 'key',
      reason: 'Strategic pilot',
      actor: { userId: '1', email: 'fake_email@example.com' },
    });
    expect(text()).toContain('Set by hand to Key until Nov 1, 2027');
    expect(text()).toContain('Strategic pilot');
    expect(text()).toContain('Aino Virtanen');
    expect(text()).toContain('Computed from the matrix: Develop');
    fire(
      find(Button, (b) => b.text === 'Clear override'),
      'onClick',
    );
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Develop'));
    expect(callsTo('clear_override')).toHaveLength(1);
    expect(callsTo('clear_override')[0]?.parameters).toEqual({
      companyId: '101',
      actor: { userId: '1', email: 'fake_email@example.com' },
      timeZone: 'America/New_York',
    });
    expect(mocks.actions.addAlert.calls.map((c) => c[0]?.message)).toEqual([
      'Override saved.',
      'Override cleared.',
    ]);
  });
});

describe('company card: who set the override', () => {
  const overridden = (overrideSetBy: { name: string | null; at: string | null } | null) => ({
    ...careViewData({
      ...developClassification,
      override: { segment: 'key', reason: 'Strategic pilot', until: '2027-11-01', active: true },
      segment: 'key',
    }),
    overrideSetBy,
  });

  it('shows the person load_care_view names, without a time when it is not known', async () => {
    const { caller } = loaded(overridden({ name: 'aino.virtanen@example.com', at: null }));
    const { waitFor, text } = card(caller);
    await waitFor(() => expect(text()).toContain('Set by'));
    expect(text()).toContain('aino.virtanen@example.com');
    expect(text()).not.toContain('aino.virtanen@example.com (');
  });

  it('says unknown for an override set before the app recorded it, in Finnish', async () => {
    const { caller } = loaded(overridden(null));
    const { waitFor, text } = card(caller, 'fi-FI');
    await waitFor(() => expect(text()).toContain('Asettaja'));
    expect(text()).toContain('tuntematon');
  });
});

describe('company card: a view computed by the real core', () => {
  it('renders what evaluateCompany says for the S4 example (value class 2, potential 2/2/0)', async () => {
    const view = evaluateCompany(
      {
        id: '101',
        properties: {
          name: 'Nordic Rail Oy',
          hubspot_owner_id: '77',
          care_potential_upsell: '2',
          care_potential_development: '2',
          care_potential_internal: '0',
          care_potential_assessed_at: '2026-06-01',
          notes_last_contacted: '2026-08-01T10:00:00Z',
        },
        deals: [{ properties: { amount: '48200', closedate: '2026-05-01T00:00:00Z' } }],
        tasks: [],
      },
      defaultConfig,
      { now: new Date('2026-11-01T10:00:00Z'), timeZone: 'Europe/Helsinki' },
    );
    const { find, waitFor, text } = card(loaded(careViewData(undefined, view)).caller);
    await waitFor(() => expect(find(Tag, { testId: 'segment' }).text).toBe('Develop'));
    expect(text()).toContain(view.classification.explanation.en);
    expect(find(Tag, { testId: 'own-cell' }).text).toBe('Develop · This company');
    expect(view.checklist.length).toBeGreaterThan(0);
    for (const item of view.checklist) expect(text()).toContain(item.title.en);
  });
});
