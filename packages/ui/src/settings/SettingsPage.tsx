import { useState } from 'react';
import { Flex, Heading, Input, Text } from '@hubspot/ui-extensions';
import type { SettingsData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { useFunction } from '../serverless/useFunction';
import { RequestView } from '../shared/RequestView';
import { InstallFields } from './InstallFields';
import { RecomputePortfolio } from './RecomputePortfolio';
import { SettingsEditor } from './SettingsEditor';
import { VersionHistory } from './VersionHistory';

/** The admin's settings page: the whole config as a form, its history, the portfolio recompute and field installation. */
export function SettingsPage() {
  const { t } = useLocale();
  const request = useFunction('get_settings', { includeHistory: true });
  // Asked once per page session; never stored (decision 0015).
  const [adminKey, setAdminKey] = useState('');
  // Each save that moves companies between segments offers to recompute at once.
  const [offers, setOffers] = useState(0);
  const onSaved = (changesSegments: boolean) => {
    if (changesSegments) setOffers((n) => n + 1);
    request.reload();
  };
  return (
    <Flex direction="column" gap="md">
      <Heading>{t.settings.title}</Heading>
      <Input
        name="adminKey"
        type="password"
        label={t.settings.adminKey}
        description={t.settings.adminKeyHint}
        value={adminKey}
        onChange={setAdminKey}
      />
      <RequestView request={request} loadingLabel={t.settings.loading}>
        {(data) => <Settings data={data} adminKey={adminKey} onSaved={onSaved} />}
      </RequestView>
      <RecomputePortfolio adminKey={adminKey} offers={offers} />
      <InstallFields adminKey={adminKey} />
    </Flex>
  );
}

function Settings(props: {
  data: SettingsData;
  adminKey: string;
  onSaved: (changesSegments: boolean) => void;
}) {
  const { t, format } = useLocale();
  const { data } = props;
  return (
    <Flex direction="column" gap="md">
      <Text testId="version">
        {data.version === 0 || data.savedAt === null
          ? t.settings.neverSaved
          : t.settings.version(
              data.version,
              format.dateTime(data.savedAt, 'UTC'),
              data.savedBy ?? t.settings.someone,
            )}
      </Text>
      <SettingsEditor data={data} adminKey={props.adminKey} onSaved={props.onSaved} />
      <VersionHistory history={data.history} />
    </Flex>
  );
}
