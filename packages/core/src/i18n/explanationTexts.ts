import type { Locale } from '../config/vocabulary';
import { plural } from './plural';

/** The fragments of the classification explanation, in each language the core speaks. */
export interface ExplanationTexts {
  readonly numberLocale: string;
  readonly valueClass: (valueClass: string, detail: string) => string;
  readonly valueNotComputed: (detail: string) => string;
  readonly valueMissing: string;
  readonly inWindow: (amount: string, window: string) => string;
  readonly fromProperty: (amount: string, property: string) => string;
  readonly months: (count: number) => string;
  readonly days: (count: number) => string;
  readonly potential: (score: number, maxScore: number, factors: string) => string;
  readonly potentialNotAssessed: (factors: string) => string;
  readonly notAssessedScore: string;
  readonly override: (segment: string, until: string, reason: string, computed: string) => string;
}

export const explanationTexts: Record<Locale, ExplanationTexts> = {
  en: {
    numberLocale: 'en-GB',
    valueClass: (c, detail) => `Value class ${c} (${detail})`,
    valueNotComputed: (detail) => `Value class not computed yet (${detail})`,
    valueMissing: 'Value data missing',
    inWindow: (amount, window) => `${amount} in ${window}`,
    fromProperty: (amount, property) => `${amount}, ${property}`,
    months: (n) => plural('en', n, { one: '# month', other: '# months' }),
    days: (n) => plural('en', n, { one: '# day', other: '# days' }),
    potential: (score, max, factors) => `potential ${score}/${max} (${factors})`,
    potentialNotAssessed: (factors) => `potential not assessed (${factors})`,
    notAssessedScore: '–',
    override: (segment, until, reason, computed) =>
      `Override: ${segment} until ${until} — ${reason} (computed: ${computed})`,
  },
  fi: {
    numberLocale: 'fi-FI',
    valueClass: (c, detail) => `Arvoluokka ${c} (${detail})`,
    valueNotComputed: (detail) => `Arvoluokkaa ei ole vielä laskettu (${detail})`,
    valueMissing: 'Arvotieto puuttuu',
    inWindow: (amount, window) => `${amount} / ${window}`,
    fromProperty: (amount, property) => `${amount}, ${property}`,
    months: (n) => `${n} kk`,
    days: (n) => `${n} pv`,
    potential: (score, max, factors) => `potentiaali ${score}/${max} (${factors})`,
    potentialNotAssessed: (factors) => `potentiaalia ei ole arvioitu (${factors})`,
    notAssessedScore: '–',
    override: (segment, until, reason, computed) =>
      `Ohitus: ${segment} ${until} asti — ${reason} (laskettu: ${computed})`,
  },
};
