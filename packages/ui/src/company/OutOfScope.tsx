import { Alert, Text } from '@hubspot/ui-extensions';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

/** Why the care model does not cover this company (2.0), and what would bring it in. */
export function OutOfScope(props: { data: CareViewData }) {
  const { t, format } = useLocale();
  const { scope } = props.data.view;
  const { lifecycleStages, recentDealMonths } = props.data.config.scope;
  const stages = lifecycleStages.join(', ');
  return (
    <Alert title={t.company.outOfScopeTitle} variant="info" testId="out-of-scope">
      <Text>
        {t.company.outOfScopeWhy(
          scope.lifecycleStage,
          scope.lastWonDate === null ? null : format.date(scope.lastWonDate),
          recentDealMonths,
        )}
      </Text>
      <Text>{t.company.outOfScopeBringIn(stages, recentDealMonths)}</Text>
      <Text>{t.company.outOfScopeKept}</Text>
    </Alert>
  );
}
