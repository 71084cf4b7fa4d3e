import { useState } from 'react';
import { Accordion, Flex, LoadingButton, Select, TextArea } from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import type { CompanyWrites } from './useCompanyWrites';

const notAssessed = 'none';
const scoreValues = [0, 1, 2, 3] as const;

/** Scores 0–3 per manual factor plus a rationale, saved through `save_assessment`. */
export function AssessForm(props: { data: CareViewData; writes: CompanyWrites }) {
  const { t, lang } = useLocale();
  const { config, view } = props.data;
  const { potential, segment } = view.classification;
  const manual = potential.factors.filter((f) => !f.computed);
  const [draft, setDraft] = useState(() => ({
    scores: Object.fromEntries(manual.map((f) => [f.id, f.score])),
    rationale: potential.rationale ?? '',
  }));
  const running = props.writes.running;
  return (
    <Accordion title={t.company.assessTitle} defaultOpen={segment === 'unidentified'} size="sm">
      <Flex direction="column" gap="sm">
        {manual.map((factor) => {
          const rubric = config.potential.factors.find((f) => f.id === factor.id)?.rubric[lang];
          const current = draft.scores[factor.id];
          return (
            <Select
              key={factor.id}
              name={`score-${factor.id}`}
              label={t.company.assessScore(factor.label[lang])}
              value={current === null || current === undefined ? notAssessed : String(current)}
              options={[
                { label: t.company.notAssessed, value: notAssessed },
                ...scoreValues.map((s) => ({
                  label: t.company.scoreOption(s, rubric?.[s] ?? ''),
                  value: String(s),
                })),
              ]}
              onChange={(value) => {
                const score = scoreValues.find((s) => String(s) === String(value)) ?? null;
                setDraft({ ...draft, scores: { ...draft.scores, [factor.id]: score } });
              }}
            />
          );
        })}
        <TextArea
          label={t.company.rationale}
          name="rationale"
          value={draft.rationale}
          onChange={(rationale) => setDraft({ ...draft, rationale })}
        />
        <LoadingButton
          variant="primary"
          loading={running === 'assess'}
          disabled={running !== null}
          onClick={() => void props.writes.saveAssessment(draft.scores, draft.rationale)}
        >
          {t.company.saveAssessment}
        </LoadingButton>
      </Flex>
    </Accordion>
  );
}
