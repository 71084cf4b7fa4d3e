import {
  defaultConfig,
  dueStatusLabels,
  explanationTexts,
  nativeReports,
  propertyCatalog,
  stepTitles,
} from '@care-model/core';
import { messages } from './messages';

/** One Finnish term per concept of the glossary; the synonyms that drifted in or could. */
const finnishGlossary = [
  { concept: 'account review', term: 'katsaus', synonyms: ['katselmus', 'katselmoin'] },
  {
    concept: 'satisfaction check-in',
    term: 'tyytyväisyyskysely',
    synonyms: ['tyytyväisyyden tarkistus', 'tyytyväisyystarkistus', 'tyytyväisyyskartoitus'],
  },
  {
    concept: 'owner',
    term: 'vastuuhenkilö',
    synonyms: ['asiakkuuden omistaja', 'asiakasvastaava', 'asiakkuusvastaava'],
  },
  { concept: 'next step', term: 'seuraava askel', synonyms: ['seuraava toimenpide'] },
  {
    concept: 'care plan',
    term: 'hoitosuunnitelma',
    synonyms: ['asiakkuussuunnitelma', 'palvelusuunnitelma'],
  },
  { concept: 'development plan', term: 'kehityssuunnitelma', synonyms: ['kehittämissuunnitelma'] },
  { concept: 'remedial actions', term: 'korjaavat toimenpiteet', synonyms: ['korjaavat toimet'] },
  { concept: 'value class', term: 'arvoluok', synonyms: ['arvoryhmä', 'arvotaso'] },
  { concept: 'potential factor', term: 'tekijä', synonyms: ['potentiaalikerroin'] },
  { concept: 'override', term: 'ohitus', synonyms: ['ylikirjoitus'] },
] as const;

/** Every string under a value, calling message functions with a sample argument. */
function textsOf(value: unknown, finnishOnly = false): string[] {
  if (typeof value === 'string') return finnishOnly ? [] : [value];
  if (typeof value === 'function')
    return textsOf((value as (...args: unknown[]) => unknown)(2, 2, 2, 2), finnishOnly);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => textsOf(v, finnishOnly && key !== 'fi'));
  return [];
}

const finnishTexts = [
  ...textsOf(messages.fi),
  ...textsOf(explanationTexts.fi),
  ...textsOf(propertyCatalog({ ...defaultConfig, locale: 'fi' })),
  ...textsOf(
    { stepTitles, dueStatusLabels, defaultConfig, reports: nativeReports(defaultConfig) },
    true,
  ),
].map((text) => text.toLowerCase());

function offences(texts: readonly string[]) {
  return finnishGlossary.flatMap(({ concept, term, synonyms }) =>
    texts.flatMap((text) =>
      synonyms
        .filter((s) => text.includes(s))
        .map((s) => `${concept}: "${s}" in "${text}" (use ${term})`),
    ),
  );
}

describe('Finnish glossary', () => {
  it('reads the core and the UI dictionaries', () => {
    expect(finnishTexts).toContain('pidä asiakkuuskatsaus (missä olemme, mihin olemme menossa)');
    expect(finnishTexts).toContain('asiakkuusmallin asetukset');
    expect(finnishTexts).toContain('viimeisin tyytyväisyyskysely');
  });

  it('catches a synonym', () => {
    expect(offences(['Pidä asiakkuuskatselmus'])).toEqual([
      'account review: "katselmus" in "Pidä asiakkuuskatselmus" (use katsaus)',
    ]);
  });

  it('uses one Finnish term per concept in every text', () => {
    expect(offences(finnishTexts)).toEqual([]);
  });

  it.each(finnishGlossary.map((entry) => [entry.concept, entry.term]))(
    'uses the term for %s: %s',
    (_concept, term) => {
      expect(finnishTexts.some((text) => text.includes(term))).toBe(true);
    },
  );
});
