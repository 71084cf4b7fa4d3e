import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Tag,
  Text,
} from '@hubspot/ui-extensions';
import {
  potentialBands,
  valueClasses,
  type CareConfig,
  type PotentialBand,
  type ValueClass,
} from '@care-model/core';
import { useLocale } from '../i18n/useLocale';

/** Value class × potential band, every cell's segment, the company's own cell highlighted. */
export function MatrixGrid(props: {
  config: CareConfig;
  cell: { valueClass: ValueClass; band: PotentialBand } | null;
  maxScore: number;
}) {
  const { t, lang } = useLocale();
  const { config, cell } = props;
  const { lowMax, mediumMax } = config.potential.bands;
  const ranges: Record<PotentialBand, string> = {
    low: `0–${lowMax}`,
    medium: `${lowMax + 1}–${mediumMax}`,
    high: `${mediumMax + 1}–${props.maxScore}`,
  };
  return (
    <Table bordered density="condensed" testId="matrix">
      <TableHead>
        <TableRow>
          <TableHeader>{''}</TableHeader>
          {potentialBands.map((band) => (
            <TableHeader key={band}>
              {`${config.labels.bands[band][lang]} (${ranges[band]})`}
            </TableHeader>
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
              const label = config.labels.segments[config.matrix[valueClass][band]][lang];
              const own = cell?.valueClass === valueClass && cell.band === band;
              return (
                <TableCell key={band} testId={`cell-${valueClass}-${band}`}>
                  {own ? (
                    <Tag
                      variant="success"
                      testId="own-cell"
                    >{`${label} · ${t.company.thisCompany}`}</Tag>
                  ) : (
                    <Text>{label}</Text>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
