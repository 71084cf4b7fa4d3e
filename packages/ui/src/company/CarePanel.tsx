import { Alert, Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { SegmentTag } from '../shared/SegmentTag';
import { CarePlanList } from './CarePlanList';
import { DueDates } from './DueDates';
import { OverrideSection } from './OverrideSection';
import type { CompanyWrites } from './useCompanyWrites';

/** The effective segment, why, the override, the care plan and its due dates. */
export function CarePanel(props: { data: CareViewData; writes: CompanyWrites }) {
  const { t, lang } = useLocale();
  const { config, view } = props.data;
  const c = view.classification;
  const factorNames = c.potential.factors
    .filter((f) => c.potential.missingFactors.includes(f.id))
    .map((f) => f.label[lang])
    .join(', ');
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.company.panelTitle}</Heading>
      <Flex direction="row" gap="sm" align="center">
        <Text format={{ fontWeight: 'demibold' }}>{t.company.segment}</Text>
        <SegmentTag config={config} segment={c.segment} testId="segment" />
      </Flex>
      <Text testId="explanation">{c.explanation[lang]}</Text>
      {c.segment === 'unidentified' && (
        <Alert title={t.company.unidentifiedTitle} variant="warning">
          {c.unidentifiedReasons.map((reason) => (
            <Text key={reason}>
              {reason === 'value_missing'
                ? t.company.unidentifiedReasons.value_missing
                : t.company.unidentifiedReasons.potential_not_assessed(factorNames)}
            </Text>
          ))}
          <Text>{t.company.inviteAssessment}</Text>
        </Alert>
      )}
      <OverrideSection data={props.data} writes={props.writes} />
      <Heading>{t.company.carePlan}</Heading>
      <CarePlanList plan={view.carePlan} />
      <Heading>{t.company.dueDates}</Heading>
      <DueDates dates={view.dates} />
    </Flex>
  );
}
