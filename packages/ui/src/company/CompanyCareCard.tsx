import { useExtensionContext } from '@hubspot/ui-extensions';
import { useLocale } from '../i18n/useLocale';
import { useFunction } from '../serverless/useFunction';
import { RequestView } from '../shared/RequestView';
import { CompanyCare } from './CompanyCare';

/** The company record card: care-model panel, value × potential matrix, next-step checklist. */
export function CompanyCareCard() {
  const { crm, portal } = useExtensionContext<'crm.record.tab'>();
  const { t } = useLocale();
  const request = useFunction('load_care_view', {
    companyId: String(crm.objectId),
    timeZone: portal.timezone,
  });
  return (
    <RequestView request={request} loadingLabel={t.company.loadingCareModel}>
      {(data) => <CompanyCare data={data} onUpdate={request.replace} />}
    </RequestView>
  );
}
