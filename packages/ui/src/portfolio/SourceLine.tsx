import { Text } from '@hubspot/ui-extensions';
import { useExtensionContext } from '@hubspot/ui-extensions';
import type { PortfolioSummaryData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

const hourMs = 3_600_000;

/** Where the figures come from, and how old a snapshot is. */
export function SourceLine(props: { data: PortfolioSummaryData }) {
  const { t, intl, format } = useLocale();
  const { portal } = useExtensionContext();
  const { source, asOf, companies } = props.data;
  const when = format.dateTime(asOf, portal.timezone);
  const ageHours = Math.max(0, (Date.now() - Date.parse(asOf)) / hourMs);
  const relative = new Intl.RelativeTimeFormat(intl, { numeric: 'auto' });
  const age =
    ageHours < 48
      ? relative.format(-Math.round(ageHours), 'hour')
      : relative.format(-Math.round(ageHours / 24), 'day');
  return (
    <Text testId="source">
      {`${source === 'snapshot' ? t.portfolio.snapshot(when, age) : t.portfolio.live(when)} ${t.portfolio.companies(companies)}`}
    </Text>
  );
}
