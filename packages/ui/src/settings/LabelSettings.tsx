import { Flex } from '@hubspot/ui-extensions';
import { potentialBands, segments } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { LocalizedInputs } from './LocalizedInputs';
import type { SectionProps } from './fieldProps';

/** Segment and band names in English and Finnish (HubSpot option labels follow them). */
export function LabelSettings({ config, onChange, field }: SectionProps) {
  const { t } = useLocale();
  const { labels } = config;
  return (
    <Flex direction="column" gap="sm">
      {segments.map((segment) => (
        <LocalizedInputs
          key={segment}
          name={`labels.segments.${segment}`}
          label={(lang) => t.settings.segmentLabel(segment, lang)}
          value={labels.segments[segment]}
          onChange={(text) =>
            onChange({
              ...config,
              labels: { ...labels, segments: { ...labels.segments, [segment]: text } },
            })
          }
          field={field}
        />
      ))}
      {potentialBands.map((band) => (
        <LocalizedInputs
          key={band}
          name={`labels.bands.${band}`}
          label={(lang) => t.settings.bandLabel(band, lang)}
          value={labels.bands[band]}
          onChange={(text) =>
            onChange({ ...config, labels: { ...labels, bands: { ...labels.bands, [band]: text } } })
          }
          field={field}
        />
      ))}
    </Flex>
  );
}
