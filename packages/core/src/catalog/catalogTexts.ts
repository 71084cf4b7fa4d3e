import type {
  DueStatus,
  LocalizedText,
  RelationshipStatus,
  ValueClass,
} from '../config/vocabulary';
import { dueStatusLabels } from '../i18n/dueStatusLabels';
import type { CatalogPropertyName } from './propertyNames';

type FixedName =
  | Exclude<CatalogPropertyName, `care_potential_${'upsell' | 'development' | 'internal'}`>
  | 'care_last_check_in_at'
  | 'care_recheck_at'
  | 'care_deals_memo'
  | 'care_tasks_memo'
  | 'care_services_in_use'
  | 'care_override_set_by';

const t = (en: string, fi: string): LocalizedText => ({ en, fi });

/** Label and description of each property whose name does not come from the config. */
export const catalogTexts: Record<FixedName, { label: LocalizedText; description: LocalizedText }> =
  {
    care_segment: {
      label: t('Care segment', 'Hoitosegmentti'),
      description: t(
        'Effective segment: the override while it lasts, else the computed segment.',
        'Voimassa oleva segmentti: ohitus sen voimassaoloaikana, muuten laskettu segmentti.',
      ),
    },
    care_segment_computed: {
      label: t('Care segment (computed)', 'Hoitosegmentti (laskettu)'),
      description: t(
        'Segment from the value × potential matrix, before any override.',
        'Arvo × potentiaali -matriisin segmentti ennen ohitusta.',
      ),
    },
    care_segment_reason: {
      label: t('Care segment reason', 'Hoitosegmentin peruste'),
      description: t('Why the company has its segment.', 'Miksi yrityksellä on tämä segmentti.'),
    },
    care_value_amount: {
      label: t('Care value amount', 'Asiakasarvo'),
      description: t(
        'The value used for the value class.',
        'Arvoluokan laskennassa käytetty arvo.',
      ),
    },
    care_value_class: {
      label: t('Value class', 'Arvoluokka'),
      description: t('Value class 1 (highest), 2 or 3.', 'Arvoluokka 1 (korkein), 2 tai 3.'),
    },
    care_potential_score: {
      label: t('Potential score', 'Potentiaalipisteet'),
      description: t('Sum of the potential factors.', 'Potentiaalitekijöiden summa.'),
    },
    care_potential_rationale: {
      label: t('Potential rationale', 'Potentiaalin perustelu'),
      description: t('Why the scores are what they are.', 'Miksi pisteet ovat mitä ovat.'),
    },
    care_potential_assessed_at: {
      label: t('Potential assessed', 'Potentiaali arvioitu'),
      description: t(
        'When potential was last assessed.',
        'Milloin potentiaali arvioitiin viimeksi.',
      ),
    },
    care_override_segment: {
      label: t('Segment override', 'Segmentin ohitus'),
      description: t('Segment set by hand.', 'Käsin asetettu segmentti.'),
    },
    care_override_reason: {
      label: t('Segment override reason', 'Segmentin ohituksen syy'),
      description: t('Required with an override.', 'Pakollinen ohituksen yhteydessä.'),
    },
    care_override_until: {
      label: t('Segment override until', 'Segmentin ohitus voimassa'),
      description: t('Last day of the override.', 'Ohituksen viimeinen voimassaolopäivä.'),
    },
    care_override_set_by: {
      label: t('Override set by', 'Ohituksen asettaja'),
      description: t(
        'Who set the segment override (email or user id).',
        'Kuka asetti segmentin ohituksen (sähköposti tai käyttäjätunnus).',
      ),
    },
    care_classified_at: {
      label: t('Classified at', 'Luokiteltu'),
      description: t('Time of the last classification.', 'Viimeisimmän luokittelun ajankohta.'),
    },
    care_segment_changed_at: {
      label: t('Segment changed', 'Segmentti muuttunut'),
      description: t('Last change of the care segment.', 'Hoitosegmentin viimeisin muutos.'),
    },
    care_next_contact_due: {
      label: t('Next contact due', 'Seuraava yhteydenotto viimeistään'),
      description: t(
        'Last contact + contact cadence.',
        'Viimeisin yhteydenotto + yhteydenottoväli.',
      ),
    },
    care_contact_status: {
      label: t('Contact status', 'Yhteydenoton tila'),
      description: t('Contact cadence compliance.', 'Yhteydenottovälin noudattaminen.'),
    },
    care_last_review_at: {
      label: t('Last account review', 'Viimeisin asiakkuuskatsaus'),
      description: t('Date of the last account review.', 'Viimeisimmän asiakkuuskatsauksen päivä.'),
    },
    care_next_review_due: {
      label: t('Next account review due', 'Seuraava asiakkuuskatsaus viimeistään'),
      description: t('When the next account review is due.', 'Milloin seuraava katsaus erääntyy.'),
    },
    care_plan_updated_at: {
      label: t('Development plan updated', 'Kehityssuunnitelma päivitetty'),
      description: t(
        'Last update of the development plan.',
        'Kehityssuunnitelman viimeisin päivitys.',
      ),
    },
    care_relationship_status: {
      label: t('Relationship status', 'Asiakkuuden tila'),
      description: t(
        'How the customer feels about us (S3).',
        'Miten asiakas kokee yhteistyön (S3).',
      ),
    },
    care_open_next_steps: {
      label: t('Open next steps', 'Avoimet seuraavat askeleet'),
      description: t('Open care tasks.', 'Avoimet hoitotehtävät.'),
    },
    care_has_next_step: {
      label: t('Has a next step', 'Seuraava askel sovittu'),
      description: t('At least one open next step.', 'Vähintään yksi avoin seuraava askel.'),
    },
    care_checklist_progress: {
      label: t('Checklist progress (%)', 'Tarkistuslistan eteneminen (%)'),
      description: t(
        'Done ÷ all applicable checklist items.',
        'Tehdyt ÷ kaikki sovellettavat kohdat.',
      ),
    },
    care_plan_compliance: {
      label: t('Care plan compliance (%)', 'Hoitosuunnitelman toteutuminen (%)'),
      description: t(
        "Share of the care plan's obligations currently met.",
        'Osuus hoitosuunnitelman velvoitteista, jotka ovat nyt kunnossa.',
      ),
    },
    care_data_completeness: {
      label: t('Data completeness (%)', 'Tietojen kattavuus (%)'),
      description: t(
        'Share of required inputs present.',
        'Osuus vaadituista tiedoista, jotka löytyvät.',
      ),
    },
    care_last_check_in_at: {
      label: t('Last satisfaction check-in', 'Viimeisin tyytyväisyyskysely'),
      description: t(
        'Date of the last satisfaction check-in.',
        'Viimeisimmän tyytyväisyyskyselyn päivä.',
      ),
    },
    care_recheck_at: {
      label: t('Recheck at', 'Tarkistetaan uudelleen'),
      description: t(
        "When time alone next changes this company's care fields; the incremental recompute re-evaluates it then.",
        'Milloin pelkkä ajan kulu seuraavan kerran muuttaa yrityksen hoitokenttiä; osittainen uudelleenlaskenta arvioi sen silloin.',
      ),
    },
    care_deals_memo: {
      label: t('Won deals, as recomputed', 'Voitetut kaupat, laskennan muistissa'),
      description: t(
        "The company's closed-won deals as the last recompute read them, so the next one reads only changed deals. Kept by the app; do not edit.",
        'Yrityksen voitetut kaupat sellaisina kuin edellinen laskenta ne luki, jotta seuraava lukee vain muuttuneet. Sovellus ylläpitää; älä muokkaa.',
      ),
    },
    care_tasks_memo: {
      label: t('Tasks, as recomputed', 'Tehtävät, laskennan muistissa'),
      description: t(
        "The company's open tasks and the app's own tasks as the last recompute read them, so the next one reads only changed tasks. Kept by the app; do not edit.",
        'Yrityksen avoimet tehtävät ja sovelluksen omat tehtävät sellaisina kuin edellinen laskenta ne luki, jotta seuraava lukee vain muuttuneet. Sovellus ylläpitää; älä muokkaa.',
      ),
    },
    care_services_in_use: {
      label: t('Services in use', 'Käytössä olevat palvelut'),
      description: t(
        'Our services the customer uses (S4).',
        'Asiakkaan käyttämät palvelumme (S4).',
      ),
    },
  };

export const valueClassOptionLabels: Record<ValueClass, LocalizedText> = {
  '1': t('Value class 1 (highest)', 'Arvoluokka 1 (korkein)'),
  '2': t('Value class 2', 'Arvoluokka 2'),
  '3': t('Value class 3', 'Arvoluokka 3'),
};

export const contactStatusOptionLabels: Record<DueStatus, LocalizedText> = {
  ...dueStatusLabels,
  none: t('Never contacted', 'Ei yhteydenottoja'),
};

export const relationshipStatusOptionLabels: Record<RelationshipStatus, LocalizedText> = {
  satisfied_engaged: t('Satisfied – engaged', 'Tyytyväinen – sitoutunut'),
  satisfied_neutral: t('Satisfied – neutral', 'Tyytyväinen – neutraali'),
  dissatisfied_at_risk: t('Dissatisfied – at risk', 'Tyytymätön – riskissä'),
};

export const booleanOptionLabels = { true: t('Yes', 'Kyllä'), false: t('No', 'Ei') };

/** Label and description of a potential factor's property. */
export const factorPropertyTexts = {
  label: (factor: LocalizedText) => t(`Potential: ${factor.en}`, `Potentiaali: ${factor.fi}`),
  description: t('Score 0–3; empty = not assessed.', 'Pisteet 0–3; tyhjä = ei arvioitu.'),
};
