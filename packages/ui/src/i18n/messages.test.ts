import { messages } from './messages';

const { en, fi } = messages;

describe('counted texts', () => {
  it.each([
    [en.settings.apply(1), 'Apply 1 change'],
    [en.settings.apply(3), 'Apply 3 changes'],
    [en.settings.installed(1), '1 change applied.'],
    [en.settings.issuesTitle(1), '1 field needs attention before saving'],
    [en.settings.issuesTitle(0), '0 fields need attention before saving'],
    [en.settings.impact(1, 1), '1 of 1 company would change segment.'],
    [en.company.tasksCreated(1, 2), '1 task created, 2 already existed.'],
    [en.company.tasksFailed(2), '2 next steps could not become tasks.'],
    [en.portfolio.companies(1), '1 company'],
    [en.portfolio.backlogCount(1), '1 company waits for a potential assessment.'],
    [en.common.days(1), '1 day'],
    [en.recompute.timeLeft(1), 'about 1 second left'],
    [en.recompute.timeLeft(150), 'about 3 minutes left'],
    [en.recompute.done(1, 0), '1 company evaluated, 0 changed.'],
    [en.common.months(12), '12 months'],
    [fi.settings.apply(1), 'Tee 1 muutos'],
    [fi.settings.apply(3), 'Tee 3 muutosta'],
    [fi.settings.installed(1), '1 muutos tehty.'],
    [fi.settings.issuesTitle(1), '1 kenttä on korjattava ennen tallennusta'],
    [fi.company.tasksCreated(2, 0), '2 tehtävää luotu.'],
    [fi.company.tasksCreated(1, 0), '1 tehtävä luotu.'],
    [fi.company.tasksFailed(1), '1 askelta ei voitu muuttaa tehtäväksi.'],
    [fi.portfolio.companies(1), '1 yritys'],
    [fi.portfolio.backlogCount(5), '5 yritystä odottaa potentiaalin arviointia.'],
    [fi.common.days(1), '1 päivä'],
    [fi.recompute.done(1, 2), '1 yritys arvioitu, 2 muuttui.'],
    [fi.common.months(2), '2 kuukautta'],
  ])('%s', (text, expected) => {
    expect(text).toBe(expected);
  });

  it('writes no "(s)" plural in any text', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? texts((value as (...args: unknown[]) => unknown)(1, 1, 1, 1))
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(texts)
            : [];
    expect(texts(messages).filter((text) => /[^\s(]\((s|ä|a|t|en)\)/.test(text))).toEqual([]);
  });
});
