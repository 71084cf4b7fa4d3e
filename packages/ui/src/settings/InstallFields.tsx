import { useState } from 'react';
import { Accordion, Flex, LoadingButton, Text, useExtensionActions } from '@hubspot/ui-extensions';
import type { InstallChange } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { useActions } from '../serverless/useAction';

/** Install / repair fields: a dry run lists the changes; only then can they be applied. */
export function InstallFields(props: { adminKey: string }) {
  const { t } = useLocale();
  const { addAlert } = useExtensionActions<'settings'>();
  const { running, run } = useActions<'dryRun' | 'apply'>();
  const [planned, setPlanned] = useState<InstallChange[] | null>(null);

  const install = async (dryRun: boolean) => {
    const result = await run(dryRun ? 'dryRun' : 'apply', 'install_fields', {
      dryRun,
      ...(props.adminKey === '' ? {} : { adminKey: props.adminKey }),
    });
    if (!result.ok) {
      addAlert({ type: 'danger', title: t.common.failed, message: result.error.message });
      return;
    }
    if (dryRun) {
      setPlanned(result.data.changes);
      return;
    }
    const { changes, remaining = [] } = result.data;
    if (remaining.length > 0) {
      setPlanned(remaining);
      addAlert({
        type: 'warning',
        message: t.settings.installPartial(changes.length, remaining.length),
      });
      return;
    }
    setPlanned(null);
    addAlert({ type: 'success', message: t.settings.installed(changes.length) });
  };

  return (
    <Accordion title={t.settings.install} defaultOpen={false}>
      <Flex direction="column" gap="sm">
        <Text>{t.settings.installIntro}</Text>
        <LoadingButton
          variant="secondary"
          loading={running === 'dryRun'}
          disabled={running !== null}
          onClick={() => void install(true)}
        >
          {t.settings.dryRun}
        </LoadingButton>
        {planned !== null && planned.length === 0 && <Text>{t.settings.noChanges}</Text>}
        {planned !== null && planned.length > 0 && (
          <>
            {planned.map((change) => (
              <Text key={`${change.kind}:${change.objectType}:${change.name}`}>
                {`${t.settings.changeKinds[change.kind]}: ${change.objectType} / ${change.name}${
                  change.detail ? ` (${change.detail})` : ''
                }`}
              </Text>
            ))}
            <LoadingButton
              variant="primary"
              loading={running === 'apply'}
              disabled={running !== null}
              onClick={() => void install(false)}
            >
              {t.settings.apply(planned.length)}
            </LoadingButton>
          </>
        )}
      </Flex>
    </Accordion>
  );
}
