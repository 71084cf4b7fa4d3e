import type { Locale } from '@care-model/core';
import { commonEn, commonFi } from './commonMessages';
import { companyEn, companyFi } from './companyMessages';
import { portfolioEn, portfolioFi } from './portfolioMessages';
import { recomputeEn, recomputeFi } from './recomputeMessages';
import { settingsEn, settingsFi } from './settingsMessages';

const en = {
  common: commonEn,
  company: companyEn,
  portfolio: portfolioEn,
  settings: settingsEn,
  recompute: recomputeEn,
};
export type Messages = typeof en;

/** Every text the UI shows, in English and Finnish; config texts (labels, rubrics) come from the admin. */
export const messages: Record<Locale, Messages> = {
  en,
  fi: {
    common: commonFi,
    company: companyFi,
    portfolio: portfolioFi,
    settings: settingsFi,
    recompute: recomputeFi,
  },
};
