import type { LocalizedText } from '../config/vocabulary';
import type { CloseReason } from '../next-steps/closeReason';

/** The sentence the app writes into a task it closes: "Closed by the care model: <reason>." */
export const closedByLine: LocalizedText = {
  en: 'Closed by the care model',
  fi: 'Hoitomalli sulki tehtävän',
};

export const closeReasonTexts: Record<CloseReason, LocalizedText> = {
  classified: { en: 'the company is now classified', fi: 'yritys on nyt luokiteltu' },
  'owner-assigned': { en: 'the company now has an owner', fi: 'yrityksellä on nyt vastuuhenkilö' },
  contacted: {
    en: 'the contact is no longer overdue',
    fi: 'yhteydenotto ei ole enää myöhässä',
  },
  'review-held': {
    en: 'the account review is no longer due',
    fi: 'asiakkuuskatsaus ei ole enää erääntynyt',
  },
  'plan-current': {
    en: 'the development plan is up to date',
    fi: 'kehityssuunnitelma on ajan tasalla',
  },
  reassessed: { en: 'the potential was re-assessed', fi: 'potentiaali on arvioitu uudelleen' },
  'checked-in': {
    en: 'the satisfaction check-in is no longer due',
    fi: 'tyytyväisyyskysely ei ole enää erääntynyt',
  },
  'next-step-documented': {
    en: 'the company has a documented next step',
    fi: 'yritykselle on kirjattu seuraava askel',
  },
  'not-at-risk': { en: 'the company is no longer at risk', fi: 'asiakkuus ei ole enää riskissä' },
  'data-complete': { en: 'the company data is complete', fi: 'yrityksen tiedot ovat täydelliset' },
  'out-of-scope': {
    en: "the company is no longer in the care model's scope",
    fi: 'yritys ei enää kuulu hoitomallin piiriin',
  },
  'rule-off': {
    en: 'an admin switched this next step off',
    fi: 'ylläpitäjä poisti tämän seuraavan askeleen käytöstä',
  },
};
