import { EmptyState, Flex, Text, useExtensionContext } from '@hubspot/ui-extensions';
import { PageTitle } from '@hubspot/ui-extensions/pages';
import { defaultConfig } from '@care-model/core';
import type { PortfolioSummaryData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { useFunction } from '../serverless/useFunction';
import { RequestView } from '../shared/RequestView';
import { CompanyLists } from './CompanyLists';
import { OwnerKpiTable } from './OwnerKpiTable';
import { PortfolioMatrix } from './PortfolioMatrix';
import { SourceLine } from './SourceLine';

/** The manager's home page: matrix, KPIs per owner, unidentified backlog, recent segment changes. */
export function PortfolioHomePage() {
  const { t } = useLocale();
  const { portal } = useExtensionContext();
  const request = useFunction('portfolio_summary', { timeZone: portal.timezone });
  return (
    <Flex direction="column" gap="md">
      <PageTitle>{t.portfolio.title}</PageTitle>
      <RequestView request={request} loadingLabel={t.portfolio.loading}>
        {(data) => <Portfolio data={data} />}
      </RequestView>
    </Flex>
  );
}

function Portfolio(props: { data: PortfolioSummaryData }) {
  const { t } = useLocale();
  const { data } = props;
  const config = data.config ?? defaultConfig;
  if (data.companies === 0) {
    return (
      <EmptyState title={t.portfolio.emptyTitle} imageName="companies">
        <Text>{t.portfolio.empty}</Text>
      </EmptyState>
    );
  }
  return (
    <Flex direction="column" gap="md">
      <SourceLine data={data} />
      <PortfolioMatrix summary={data.summary} config={config} />
      <OwnerKpiTable summary={data.summary} config={config} ownerNames={data.ownerNames ?? {}} />
      <CompanyLists summary={data.summary} config={config} />
    </Flex>
  );
}
