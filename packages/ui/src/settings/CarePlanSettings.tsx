import { Divider, Flex, Heading, Input, Toggle } from '@hubspot/ui-extensions';
import { segments, type CarePlan, type Segment } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { LocalizedInputs } from './LocalizedInputs';
import { numberText, toOptionalNumber, type SectionProps } from './fieldProps';

const cycles = [
  'contactCadenceDays',
  'reviewCycleMonths',
  'checkInCycleMonths',
  'reassessCycleMonths',
] as const;

/** Per segment: service level, contact cadence, review, check-in and re-assessment cycles, plan. */
export function CarePlanSettings({ config, onChange, field }: SectionProps) {
  const { t, lang } = useLocale();
  const set = (segment: Segment, plan: CarePlan) =>
    onChange({ ...config, carePlans: { ...config.carePlans, [segment]: plan } });
  return (
    <Flex direction="column" gap="sm">
      {segments.map((segment) => {
        const plan = config.carePlans[segment];
        return (
          <Flex key={segment} direction="column" gap="xs">
            <Heading>{config.labels.segments[segment][lang]}</Heading>
            <LocalizedInputs
              name={`carePlans.${segment}.serviceLevel`}
              label={t.settings.serviceLevel}
              value={plan.serviceLevel}
              onChange={(serviceLevel) => set(segment, { ...plan, serviceLevel })}
              field={field}
            />
            <Flex direction="row" gap="sm" wrap>
              {cycles.map((key) => (
                <Input
                  key={key}
                  name={`carePlans.${segment}.${key}`}
                  label={t.settings[key]}
                  value={numberText(plan[key])}
                  onChange={(text) => set(segment, { ...plan, [key]: toOptionalNumber(text) })}
                  {...field(`carePlans.${segment}.${key}`)}
                />
              ))}
            </Flex>
            <Toggle
              name={`carePlans.${segment}.planRequired`}
              label={t.settings.planRequired}
              checked={plan.planRequired}
              onChange={(planRequired) => set(segment, { ...plan, planRequired })}
            />
            <Divider />
          </Flex>
        );
      })}
    </Flex>
  );
}
