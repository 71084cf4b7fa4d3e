import type {
  LocalizedText,
  MatrixSegment,
  PotentialBand,
  RuleId,
  Segment,
  ValueClass,
} from './vocabulary';

/** Care plans of the specification's section 3 (S0, S3, S4). */
export const defaultCarePlans = {
  key: {
    serviceLevel: {
      en: 'Continuity ensured; development plan kept current',
      fi: 'Jatkuvuus varmistettu; kehityssuunnitelma pidetään ajan tasalla',
    },
    contactCadenceDays: 30,
    reviewCycleMonths: 3,
    planRequired: true,
    checkInCycleMonths: 6,
    reassessCycleMonths: 12,
  },
  develop: {
    serviceLevel: {
      en: "Proactive development along the customer's path",
      fi: 'Ennakoivaa kehittämistä asiakkaan polulla',
    },
    contactCadenceDays: 60,
    reviewCycleMonths: 12,
    planRequired: true,
    checkInCycleMonths: 12,
    reassessCycleMonths: 12,
  },
  retain: {
    serviceLevel: {
      en: 'Normal service, reactive sales',
      fi: 'Normaali palvelu, reaktiivinen myynti',
    },
    contactCadenceDays: 180,
    reviewCycleMonths: 12,
    planRequired: false,
    checkInCycleMonths: null,
    reassessCycleMonths: 12,
  },
  unidentified: {
    serviceLevel: { en: 'Classify first', fi: 'Luokittele ensin' },
    contactCadenceDays: null,
    reviewCycleMonths: null,
    planRequired: false,
    checkInCycleMonths: null,
    reassessCycleMonths: null,
  },
} satisfies Record<Segment, unknown>;

type RuleDefaults = {
  dueOffsetDays: number;
  taskType: 'TODO' | 'CALL' | 'EMAIL';
  priority: 'LOW' | 'MEDIUM' | 'HIGH';
};

/** Next-step rules of the specification's section 4; `classify` is due within 14 days (S4). */
export const defaultRules: Record<RuleId, RuleDefaults> = {
  classify: { dueOffsetDays: 14, taskType: 'TODO', priority: 'HIGH' },
  'assign-owner': { dueOffsetDays: 3, taskType: 'TODO', priority: 'HIGH' },
  'contact-due': { dueOffsetDays: 3, taskType: 'CALL', priority: 'MEDIUM' },
  'review-due': { dueOffsetDays: 14, taskType: 'TODO', priority: 'MEDIUM' },
  'plan-missing': { dueOffsetDays: 14, taskType: 'TODO', priority: 'MEDIUM' },
  reassess: { dueOffsetDays: 14, taskType: 'TODO', priority: 'LOW' },
  'check-in-due': { dueOffsetDays: 7, taskType: 'CALL', priority: 'MEDIUM' },
  'no-next-step': { dueOffsetDays: 7, taskType: 'TODO', priority: 'LOW' },
  'at-risk': { dueOffsetDays: 2, taskType: 'CALL', priority: 'HIGH' },
  'data-gaps': { dueOffsetDays: 7, taskType: 'TODO', priority: 'LOW' },
};

/** Default matrix (S4): potential low → retain; otherwise value class 1 → key; otherwise develop. */
export const defaultMatrix: Record<ValueClass, Record<PotentialBand, MatrixSegment>> = {
  '1': { low: 'retain', medium: 'key', high: 'key' },
  '2': { low: 'retain', medium: 'develop', high: 'develop' },
  '3': { low: 'retain', medium: 'develop', high: 'develop' },
};

const rubric = (en: [string, string, string, string], fi: [string, string, string, string]) => ({
  en,
  fi,
});

/** The three potential factors of S4. */
export const defaultFactors = [
  {
    id: 'upsell',
    label: { en: 'Upsell', fi: 'Lisämyynti' },
    rubric: rubric(
      [
        'No unmet needs against our offering',
        'Some whitespace, small',
        'Clear whitespace in several services',
        'Large whitespace, needs confirmed',
      ],
      [
        'Ei tarpeita, joihin tarjontamme vastaisi',
        'Vähän valkoista tilaa',
        'Selvää valkoista tilaa useissa palveluissa',
        'Paljon valkoista tilaa, tarpeet vahvistettu',
      ],
    ),
  },
  {
    id: 'development',
    label: { en: 'Development', fi: 'Kehitys' },
    rubric: rubric(
      [
        'No will or ability to develop with us',
        'Some interest, little capacity',
        'Will and capacity to develop with us',
        'Actively developing its business with us',
      ],
      [
        'Ei halua tai kykyä kehittyä kanssamme',
        'Jonkin verran kiinnostusta, vähän resursseja',
        'Halu ja kyky kehittyä kanssamme',
        'Kehittää aktiivisesti liiketoimintaansa kanssamme',
      ],
    ),
  },
  {
    id: 'internal',
    label: { en: 'Internal value', fi: 'Sisäinen arvo' },
    rubric: rubric(
      [
        'No reference or learning value',
        'Some learning value',
        'Good reference or learning value',
        'Flagship reference, strategic learning',
      ],
      [
        'Ei referenssi- tai oppimisarvoa',
        'Jonkin verran oppimisarvoa',
        'Hyvä referenssi tai oppimisarvo',
        'Lippulaivareferenssi, strateginen oppiminen',
      ],
    ),
  },
];

/** Segment names; HubSpot option labels follow them. */
export const defaultSegmentLabels: Record<Segment, LocalizedText> = {
  key: { en: 'Key', fi: 'Avainasiakas' },
  develop: { en: 'Develop', fi: 'Kehitettävä' },
  retain: { en: 'Retain', fi: 'Ylläpidettävä' },
  unidentified: { en: 'Unidentified', fi: 'Tunnistamaton' },
};

export const defaultBandLabels: Record<PotentialBand, LocalizedText> = {
  low: { en: 'Low', fi: 'Matala' },
  medium: { en: 'Medium', fi: 'Keskitaso' },
  high: { en: 'High', fi: 'Korkea' },
};
