import { DescriptionList, DescriptionListItem, Text } from '@hubspot/ui-extensions';
import type { CarePlan } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';

/** The care plan in plain words. */
export function CarePlanList(props: { plan: CarePlan }) {
  const { t, lang } = useLocale();
  const { plan } = props;
  const every = (n: number | null, unit: (n: number) => string, say: (s: string) => string) =>
    n === null ? t.company.noCycle : say(unit(n));
  return (
    <DescriptionList direction="row">
      <DescriptionListItem label={t.company.serviceLevel}>
        <Text>{plan.serviceLevel[lang]}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t.company.contactCadence}>
        <Text>{every(plan.contactCadenceDays, t.common.days, t.company.contactEvery)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t.company.reviewCycle}>
        <Text>{every(plan.reviewCycleMonths, t.common.months, t.company.reviewEvery)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t.company.checkInCycle}>
        <Text>{every(plan.checkInCycleMonths, t.common.months, t.company.reviewEvery)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label={t.company.planRequirement}>
        <Text>{plan.planRequired ? t.company.planRequired : t.company.planNotRequired}</Text>
      </DescriptionListItem>
    </DescriptionList>
  );
}
