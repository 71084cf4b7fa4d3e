import {
  Alert,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  Text,
} from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { AssessForm } from './AssessForm';
import { FactorList } from './FactorList';
import { MatrixGrid } from './MatrixGrid';
import type { CompanyWrites } from './useCompanyWrites';

/** Where the company sits in value × potential, and the potential assessment. */
export function MatrixSection(props: { data: CareViewData; writes: CompanyWrites }) {
  const { t, format } = useLocale();
  const { config, view } = props.data;
  const { value, potential, cell, segment } = view.classification;
  const amount =
    value.amount === null
      ? null
      : value.windowDays !== null
        ? t.company.valueInWindow(
            format.money(value.amount, config.value.currency),
            t.common.days(value.windowDays),
          )
        : t.company.valueFromProperty(format.money(value.amount, config.value.currency));
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.company.matrixTitle}</Heading>
      {segment === 'unidentified' && cell === null && (
        <Alert title={t.company.unidentifiedTitle} variant="info">
          {t.company.inviteAssessment}
        </Alert>
      )}
      <MatrixGrid config={config} cell={cell} maxScore={potential.maxScore} />
      <DescriptionList direction="row">
        <DescriptionListItem label={t.company.value}>
          {amount === null ? (
            <Text testId="value">{`${t.company.insufficientData}: ${t.company.insufficientValue}`}</Text>
          ) : (
            <Text testId="value">
              {`${amount} · ${
                value.valueClass === null
                  ? t.company.noValueClass
                  : t.common.valueClass(value.valueClass)
              }`}
            </Text>
          )}
          {props.data.valueClassFromRecompute && value.valueClass !== null && (
            <Text variant="microcopy" testId="value-class-source">
              {t.company.valueClassFromRecompute}
            </Text>
          )}
        </DescriptionListItem>
        <DescriptionListItem label={t.company.potential}>
          <Text testId="potential">
            {potential.score === null
              ? t.company.notAssessed
              : t.company.potentialScore(potential.score, potential.maxScore)}
          </Text>
        </DescriptionListItem>
      </DescriptionList>
      <FactorList data={props.data} />
      <AssessForm data={props.data} writes={props.writes} />
    </Flex>
  );
}
