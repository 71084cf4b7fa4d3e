import type { CareConfig } from '../config/configSchema';
import { segments, type LocalizedText } from '../config/vocabulary';

/** The tiles of the home page. */
export type PortfolioTile =
  | 'segments'
  | 'matrix'
  | 'cadenceCompliance'
  | 'planCoverage'
  | 'nextStepCoverage'
  | 'overdueReviews'
  | 'unidentifiedShare'
  | 'unidentifiedBacklog'
  | 'recentChanges';

// Property internal names, not labels: they are the contract and do not change with the admin's wording.
const both = (en: string, fi: string): LocalizedText => ({
  en: `Companies report: ${en}.`,
  fi: `Yritysraportti: ${fi}.`,
});

/**
 * For each home-page tile, the native HubSpot report (object Companies, property, filter) that reproduces it.
 * @example nativeReports(defaultConfig).overdueReviews.en === 'Companies report: count of records, filter care_next_review_due is before today, break down by Company owner.'
 */
export function nativeReports(config: CareConfig): Record<PortfolioTile, LocalizedText> {
  const label = (segment: (typeof segments)[number]) => config.labels.segments[segment];
  const unidentified = label('unidentified');
  const { lowMax, mediumMax } = config.potential.bands;
  const maxScore = config.potential.factors.length * 3;
  const bands = `low 0–${lowMax}, medium ${lowMax + 1}–${mediumMax}, high ${mediumMax + 1}–${maxScore}`;
  const bandsFi = `matala 0–${lowMax}, keski ${lowMax + 1}–${mediumMax}, korkea ${mediumMax + 1}–${maxScore}`;
  const planned = segments.filter((s) => config.carePlans[s].planRequired);
  const cycle = (s: (typeof segments)[number]) => config.carePlans[s].reviewCycleMonths ?? 12;
  const planEn = planned.map(
    (s) =>
      `care_segment is ${label(s).en} and care_plan_updated_at is in the last ${cycle(s)} months`,
  );
  const planFi = planned.map(
    (s) =>
      `care_segment on ${label(s).fi} ja care_plan_updated_at viimeisten ${cycle(s)} kuukauden aikana`,
  );
  return {
    segments: both(
      `count of records and sum of care_value_amount, break down by care_segment (no value = ${unidentified.en})`,
      `tietueiden määrä ja care_value_amount-summa, jaottelu care_segment (ei arvoa = ${unidentified.fi})`,
    ),
    matrix: both(
      `count of records and sum of care_value_amount, filter care_segment_computed is not ${unidentified.en}, break down by care_value_class and care_potential_score (${bands})`,
      `tietueiden määrä ja care_value_amount-summa, suodatin care_segment_computed ei ole ${unidentified.fi}, jaottelu care_value_class ja care_potential_score (${bandsFi})`,
    ),
    cadenceCompliance: both(
      'count of records, filter care_contact_status is known, break down by Company owner and care_contact_status; compliance = on_track + due_soon ÷ all',
      'tietueiden määrä, suodatin care_contact_status on tiedossa, jaottelu yrityksen omistaja ja care_contact_status; noudattaminen = on_track + due_soon ÷ kaikki',
    ),
    planCoverage: both(
      `count of records, break down by Company owner; coverage = (${planEn.join(') or (')}) ÷ care_segment is any of ${planned.map((s) => label(s).en).join(', ')}`,
      `tietueiden määrä, jaottelu yrityksen omistaja; kattavuus = (${planFi.join(') tai (')}) ÷ care_segment on jokin näistä: ${planned.map((s) => label(s).fi).join(', ')}`,
    ),
    nextStepCoverage: both(
      'count of records, break down by Company owner and care_has_next_step; coverage = Yes ÷ all',
      'tietueiden määrä, jaottelu yrityksen omistaja ja care_has_next_step; kattavuus = Kyllä ÷ kaikki',
    ),
    overdueReviews: both(
      'count of records, filter care_next_review_due is before today, break down by Company owner',
      'tietueiden määrä, suodatin care_next_review_due on ennen tätä päivää, jaottelu yrityksen omistaja',
    ),
    unidentifiedShare: both(
      `count of records, break down by Company owner and care_segment; share = ${unidentified.en} ÷ all`,
      `tietueiden määrä, jaottelu yrityksen omistaja ja care_segment; osuus = ${unidentified.fi} ÷ kaikki`,
    ),
    unidentifiedBacklog: both(
      `list of records, filter care_segment is ${unidentified.en} or unknown, sort by Create date ascending`,
      `tietueluettelo, suodatin care_segment on ${unidentified.fi} tai tyhjä, järjestys luontipäivä nousevasti`,
    ),
    recentChanges: both(
      'list of records with care_segment, filter care_segment_changed_at is known, sort by care_segment_changed_at descending, first 20',
      'tietueluettelo ja care_segment, suodatin care_segment_changed_at on tiedossa, järjestys care_segment_changed_at laskevasti, 20 ensimmäistä',
    ),
  };
}
