import { Alert, Text } from '@hubspot/ui-extensions';
import type { CareConfig } from '@care-model/core';
import type { SettingsImpact } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

/** "N companies would change segment", and from which segment to which. */
export function ImpactPreview(props: { impact: SettingsImpact; config: CareConfig }) {
  const { t, lang } = useLocale();
  const label = (s: keyof CareConfig['labels']['segments']) =>
    props.config.labels.segments[s][lang];
  const { impact } = props;
  return (
    <Alert title={t.settings.previewTitle} variant="info">
      <Text testId="impact">
        {t.settings.impact(impact.companiesChanging, impact.companiesRead)}
      </Text>
      {impact.transitions.map((tr) => (
        <Text key={`${tr.from}-${tr.to}`}>
          {t.settings.transition(label(tr.from), label(tr.to), tr.count)}
        </Text>
      ))}
    </Alert>
  );
}
