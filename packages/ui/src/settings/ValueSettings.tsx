import { Flex, Input, Select } from '@hubspot/ui-extensions';
import { valueClassModeSchema, valueSourceSchema } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { numberText, toNumber, type SectionProps } from './fieldProps';

/** Value source and window, value-class mode and thresholds, currency. */
export function ValueSettings({ config, onChange, field }: SectionProps) {
  const { t } = useLocale();
  const { value } = config;
  const set = (patch: Partial<typeof value>) =>
    onChange({ ...config, value: { ...value, ...patch } });
  return (
    <Flex direction="column" gap="sm">
      <Select
        name="value.source.mode"
        label={t.settings.valueSource}
        value={value.source.mode}
        options={[
          { label: t.settings.sourceDeals, value: 'deals' },
          { label: t.settings.sourceProperty, value: 'property' },
        ]}
        onChange={(mode) =>
          set({
            source: valueSourceSchema.parse(
              mode === 'property' ? { mode, property: 'annualrevenue' } : { mode: 'deals' },
            ),
          })
        }
      />
      {value.source.mode === 'deals' ? (
        <Input
          name="value.source.windowDays"
          label={t.settings.windowDays}
          value={numberText(value.source.windowDays)}
          onChange={(text) => set({ source: { mode: 'deals', windowDays: toNumber(text) } })}
          {...field('value.source.windowDays')}
        />
      ) : (
        <Input
          name="value.source.property"
          label={t.settings.valueProperty}
          value={value.source.property}
          onChange={(property) => set({ source: { mode: 'property', property } })}
          {...field('value.source.property')}
        />
      )}
      <Select
        name="value.classes.mode"
        label={t.settings.classMode}
        value={value.classes.mode}
        options={[
          { label: t.settings.modeBands, value: 'bands' },
          { label: t.settings.modePareto, value: 'pareto' },
        ]}
        onChange={(mode) =>
          set({ classes: valueClassModeSchema.parse({ mode: mode === 'pareto' ? mode : 'bands' }) })
        }
      />
      {value.classes.mode === 'bands' ? (
        <Flex direction="row" gap="sm">
          {(['class1Min', 'class2Min'] as const).map((key) => (
            <Input
              key={key}
              name={`value.classes.${key}`}
              label={t.settings[key]}
              value={numberText(value.classes.mode === 'bands' ? value.classes[key] : null)}
              onChange={(text) =>
                value.classes.mode === 'bands' &&
                set({ classes: { ...value.classes, [key]: toNumber(text) } })
              }
              {...field(`value.classes.${key}`)}
            />
          ))}
        </Flex>
      ) : (
        <Flex direction="row" gap="sm">
          {(['aShare', 'cShareOfCount'] as const).map((key) => (
            <Input
              key={key}
              name={`value.classes.${key}`}
              label={t.settings[key]}
              value={numberText(value.classes.mode === 'pareto' ? value.classes[key] : null)}
              onChange={(text) =>
                value.classes.mode === 'pareto' &&
                set({ classes: { ...value.classes, [key]: toNumber(text) } })
              }
              {...field(`value.classes.${key}`)}
            />
          ))}
        </Flex>
      )}
      <Input
        name="value.currency"
        label={t.settings.currency}
        value={value.currency}
        onChange={(currency) => set({ currency })}
        {...field('value.currency')}
      />
    </Flex>
  );
}
