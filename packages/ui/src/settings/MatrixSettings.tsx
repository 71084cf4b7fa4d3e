import { Flex, Select } from '@hubspot/ui-extensions';
import { matrixSegments, potentialBands, valueClasses } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import type { SectionProps } from './fieldProps';

/** One segment per value class × potential band. */
export function MatrixSettings({ config, onChange }: SectionProps) {
  const { t, lang } = useLocale();
  return (
    <Flex direction="column" gap="sm">
      {valueClasses.map((valueClass) => (
        <Flex key={valueClass} direction="row" gap="sm">
          {potentialBands.map((band) => (
            <Select
              key={band}
              name={`matrix.${valueClass}.${band}`}
              label={t.settings.matrixCell(valueClass, config.labels.bands[band][lang])}
              value={config.matrix[valueClass][band]}
              options={matrixSegments.map((s) => ({
                label: config.labels.segments[s][lang],
                value: s,
              }))}
              onChange={(value) => {
                const segment = matrixSegments.find((s) => s === value);
                if (!segment) return;
                onChange({
                  ...config,
                  matrix: {
                    ...config.matrix,
                    [valueClass]: { ...config.matrix[valueClass], [band]: segment },
                  },
                });
              }}
            />
          ))}
        </Flex>
      ))}
    </Flex>
  );
}
