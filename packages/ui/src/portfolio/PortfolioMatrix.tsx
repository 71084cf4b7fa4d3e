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
import {
  potentialBands,
  valueClasses,
  type CareConfig,
  type PortfolioSummary,
} from '@care-model/core';
import { useLocale } from '../i18n/useLocale';

/** Count and value per matrix cell, and per segment. */
export function PortfolioMatrix(props: { summary: PortfolioSummary; config: CareConfig }) {
  const { t, lang, format } = useLocale();
  const { config } = props;
  const { matrix, segments } = props.summary;
  const money = (amount: number) => format.money(amount, config.value.currency);
  const bandLabel = (band: (typeof potentialBands)[number]) => config.labels.bands[band][lang];
  const segmentLabel = (segment: (typeof segments.rows)[number]['segment']) =>
    config.labels.segments[segment][lang];
  return (
    <Flex direction="column" gap="sm">
      <Heading>{t.portfolio.matrixTitle}</Heading>
      <Table bordered density="condensed" testId="portfolio-matrix">
        <TableHead>
          <TableRow>
            <TableHeader>{''}</TableHeader>
            {potentialBands.map((band) => (
              <TableHeader key={band}>{bandLabel(band)}</TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {valueClasses.map((valueClass) => (
            <TableRow key={valueClass}>
              <TableCell>
                <Text format={{ fontWeight: 'demibold' }}>{t.common.valueClass(valueClass)}</Text>
              </TableCell>
              {potentialBands.map((band) => {
                const cell = matrix.cells.find(
                  (c) => c.valueClass === valueClass && c.band === band,
                );
                return (
                  <TableCell key={band} testId={`cell-${valueClass}-${band}`}>
                    <Text>{t.portfolio.cell(cell?.count ?? 0, money(cell?.valueAmount ?? 0))}</Text>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Text variant="microcopy">{matrix.nativeReport[lang]}</Text>
      <Heading>{t.portfolio.segmentsTitle}</Heading>
      <Text testId="segments">
        {segments.rows
          .map(
            (row) =>
              `${segmentLabel(row.segment)}: ${t.portfolio.cell(row.count, money(row.valueAmount))}`,
          )
          .join(' · ')}
      </Text>
      <Text variant="microcopy">{segments.nativeReport[lang]}</Text>
    </Flex>
  );
}
