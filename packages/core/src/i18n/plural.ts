import type { Locale } from '../config/vocabulary';

/** The forms of a counted text; `#` stands for the count. English and Finnish have only these two. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  en: new Intl.PluralRules('en'),
  fi: new Intl.PluralRules('fi'),
};

/**
 * The form `Intl.PluralRules` picks for the count, with the count in place of `#`.
 * @example plural('fi', 1, { one: '# muutos tehty', other: '# muutosta tehty' }) === '1 muutos tehty'
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const form = pluralRules[locale].select(count) === 'one' ? forms.one : forms.other;
  return form.replace('#', String(count));
}
