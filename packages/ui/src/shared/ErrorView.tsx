import { Button, ErrorState, Text } from '@hubspot/ui-extensions';
import type { FunctionError } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

/** What went wrong, what to do about it, and a retry. */
export function ErrorView(props: { error: FunctionError; onRetry: () => void }) {
  const { t } = useLocale();
  return (
    <ErrorState title={t.common.errorTitle} type="support">
      <Text>{t.common.errorHints[props.error.code]}</Text>
      <Text variant="microcopy">{props.error.message}</Text>
      <Button onClick={props.onRetry} variant="secondary">
        {t.common.retry}
      </Button>
    </ErrorState>
  );
}
