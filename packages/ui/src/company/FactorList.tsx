import { Flex, Text } from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

/** Each potential factor with its score and the rubric line that score stands for. */
export function FactorList(props: { data: CareViewData }) {
  const { t, lang, format } = useLocale();
  const { config, view } = props.data;
  const { potential } = view.classification;
  return (
    <Flex direction="column" gap="xs">
      {potential.factors.map((factor) => {
        const rubric = config.potential.factors.find((f) => f.id === factor.id)?.rubric[lang];
        const line =
          factor.score === null
            ? t.company.notAssessed
            : `${factor.score}/3${rubric?.[factor.score] ? ` — ${rubric[factor.score]}` : ''}`;
        return (
          <Text key={factor.id} testId={`factor-${factor.id}`}>
            <Text inline format={{ fontWeight: 'demibold' }}>
              {`${factor.label[lang]}: `}
            </Text>
            {line}
            {factor.computed ? ` (${t.company.computedFactor})` : ''}
          </Text>
        );
      })}
      {potential.assessedAt !== null && (
        <Text variant="microcopy">{t.company.assessedAt(format.date(potential.assessedAt))}</Text>
      )}
      {potential.rationale !== null && potential.rationale !== '' && (
        <Text variant="microcopy">{`${t.company.rationale}: ${potential.rationale}`}</Text>
      )}
    </Flex>
  );
}
