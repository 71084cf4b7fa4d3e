import { useMemo } from 'react';
import { useExtensionContext } from '@hubspot/ui-extensions';
import type { Locale as Language } from '@care-model/core';
import { formatters, type Formatters } from './format';
import { messages, type Messages } from './messages';

/** The user's language (English unless Finnish), their `Intl` locale and the texts. */
export interface Locale {
  lang: Language;
  intl: string;
  t: Messages;
  format: Formatters;
}

function canonical(tag: string | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** e.g. localeFor('fi-FI').lang === 'fi'; localeFor('sv').lang === 'en' */
export function localeFor(tag: string | undefined): Locale {
  const intl = canonical(tag) ?? 'en-US';
  const lang: Language = intl.toLowerCase().startsWith('fi') ? 'fi' : 'en';
  return { lang, intl, t: messages[lang], format: formatters(intl) };
}

export function useLocale(): Locale {
  const { user } = useExtensionContext();
  const tag = user.locale ?? user.language;
  return useMemo(() => localeFor(tag), [tag]);
}
