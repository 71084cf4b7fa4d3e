import {
  Flex,
  Heading,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import { CrmActionLink } from '@hubspot/ui-extensions/crm';
import { listedBacklog, type CareConfig, type PortfolioSummary } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { SegmentTag } from '../shared/SegmentTag';

/** The unidentified backlog (its oldest companies) and the recent segment changes, each with its native report. */
export function CompanyLists(props: { summary: PortfolioSummary; config: CareConfig }) {
  const { t, lang, format } = useLocale();
  const { unidentifiedBacklog: backlog, recentChanges: changes } = props.summary;
  const listed = listedBacklog(backlog);
  // The context names no app host (EU portals use another): HubSpot builds the record's link itself.
  const company = (c: { id: string; name: string | null }) => (
    <CrmActionLink
      actionType="RECORD_APP_LINK"
      actionContext={{ objectTypeId: '0-2', objectId: Number(c.id), includeEschref: true }}
    >
      {c.name ?? t.portfolio.unnamed(c.id)}
    </CrmActionLink>
  );
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.portfolio.backlogTitle}</Heading>
      <Text testId="backlog">
        {backlog.count === 0 ? t.portfolio.backlogEmpty : t.portfolio.backlogCount(backlog.count)}
      </Text>
      {listed.companies.length > 0 && (
        <Flex direction="column" gap="xs">
          {listed.companies.map((c) => (
            <Text key={c.id}>{company(c)}</Text>
          ))}
          {listed.more > 0 && (
            <Text testId="backlog-more">
              {t.portfolio.backlogMore(
                listed.more,
                props.config.labels.segments.unidentified[lang],
              )}
            </Text>
          )}
        </Flex>
      )}
      <Text variant="microcopy">{backlog.nativeReport[lang]}</Text>
      <Heading>{t.portfolio.changesTitle}</Heading>
      {changes.companies.length === 0 ? (
        <Text>{t.portfolio.changesEmpty}</Text>
      ) : (
        <Table bordered density="condensed" testId="recent-changes">
          <TableHead>
            <TableRow>
              <TableHeader>{t.portfolio.company}</TableHeader>
              <TableHeader>{t.portfolio.segment}</TableHeader>
              <TableHeader>{t.portfolio.changedAt}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.companies.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{company(c)}</TableCell>
                <TableCell>
                  <SegmentTag config={props.config} segment={c.segment} />
                </TableCell>
                <TableCell>{format.date(c.changedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Text variant="microcopy">{changes.nativeReport[lang]}</Text>
    </Flex>
  );
}
