import type { LocalizedText, RuleId } from '../config/vocabulary';

/** What each next-step rule asks a person to do (specification, section 4); the task title and the settings' rule name. */
export const stepTitles: Record<RuleId, LocalizedText> = {
  classify: { en: 'Assess potential and classify', fi: 'Arvioi potentiaali ja luokittele' },
  'assign-owner': { en: 'Assign a relationship owner', fi: 'Nimeä vastuuhenkilö' },
  'contact-due': { en: 'Contact the customer', fi: 'Ota yhteyttä asiakkaaseen' },
  'review-due': {
    en: 'Hold the account review (where are we, where are we heading)',
    fi: 'Pidä asiakkuuskatsaus (missä olemme, mihin olemme menossa)',
  },
  'plan-missing': {
    en: 'Create / update the development plan',
    fi: 'Laadi tai päivitä kehityssuunnitelma',
  },
  reassess: { en: 'Re-assess potential', fi: 'Arvioi potentiaali uudelleen' },
  'check-in-due': { en: 'Satisfaction check-in', fi: 'Tyytyväisyyskysely' },
  'no-next-step': {
    en: 'Document the next step and its owner',
    fi: 'Kirjaa seuraava askel ja sen vastuuhenkilö',
  },
  'at-risk': { en: 'Plan remedial actions', fi: 'Suunnittele korjaavat toimenpiteet' },
  'data-gaps': { en: 'Complete the company data', fi: 'Täydennä yrityksen tiedot' },
};
