import {
  Flex,
  Heading,
  Statistics,
  StatisticsItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { CareConfig, OwnerKpis, PortfolioSummary } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';

const percentTiles = ['cadenceCompliance', 'planCoverage', 'nextStepCoverage'] as const;

/** KPI tiles for everyone (each with its native report), then one row per owner. */
export function OwnerKpiTable(props: {
  summary: PortfolioSummary;
  config: CareConfig;
  ownerNames: Record<string, string>;
}) {
  const { t, lang, format } = useLocale();
  const { rows, total, nativeReports } = props.summary.owners;
  const percent = (value: number | null) =>
    value === null ? t.portfolio.insufficientData : format.percent(value);
  const owner = (row: OwnerKpis) =>
    row.ownerId === null ? t.portfolio.noOwner : (props.ownerNames[row.ownerId] ?? row.ownerId);
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.portfolio.kpiTitle}</Heading>
      <Statistics>
        {percentTiles.map((tile) => (
          <StatisticsItem key={tile} label={t.portfolio[tile]} number={percent(total[tile])}>
            <Text variant="microcopy">{nativeReports[tile][lang]}</Text>
          </StatisticsItem>
        ))}
        <StatisticsItem
          label={t.portfolio.overdueReviews}
          number={format.number(total.overdueReviews)}
        >
          <Text variant="microcopy">{nativeReports.overdueReviews[lang]}</Text>
        </StatisticsItem>
      </Statistics>
      <Table bordered density="condensed" testId="owner-kpis">
        <TableHead>
          <TableRow>
            <TableHeader>{t.portfolio.owner}</TableHeader>
            <TableHeader>{t.portfolio.count}</TableHeader>
            <TableHeader>{t.portfolio.value}</TableHeader>
            {percentTiles.map((tile) => (
              <TableHeader key={tile}>{t.portfolio[tile]}</TableHeader>
            ))}
            <TableHeader>{t.portfolio.overdueReviews}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.ownerId ?? 'none'} testId={`owner-${row.ownerId ?? 'none'}`}>
              <TableCell>{owner(row)}</TableCell>
              <TableCell>{format.number(row.count)}</TableCell>
              <TableCell>{format.money(row.valueAmount, props.config.value.currency)}</TableCell>
              {percentTiles.map((tile) => (
                <TableCell key={tile}>{percent(row[tile])}</TableCell>
              ))}
              <TableCell>{format.number(row.overdueReviews)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
}
