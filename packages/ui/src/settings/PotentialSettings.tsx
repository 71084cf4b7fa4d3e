import { Button, Divider, Flex, Heading, Input, Text, Toggle } from '@hubspot/ui-extensions';
import type { Factor } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { LocalizedInputs } from './LocalizedInputs';
import { numberText, toNumber, type SectionProps } from './fieldProps';

const scores = [0, 1, 2, 3] as const;
type Rubric = Factor['rubric']['en'];

const withScore = (rubric: Rubric, score: number, text: string): Rubric => [
  score === 0 ? text : rubric[0],
  score === 1 ? text : rubric[1],
  score === 2 ? text : rubric[2],
  score === 3 ? text : rubric[3],
];

/** Potential factors (id, name, rubric per score, required) and the potential bands. */
export function PotentialSettings({ config, onChange, field }: SectionProps) {
  const { t } = useLocale();
  const { potential } = config;
  const setFactors = (factors: Factor[]) =>
    onChange({ ...config, potential: { ...potential, factors } });
  const setFactor = (i: number, factor: Factor) =>
    setFactors(potential.factors.map((f, j) => (j === i ? factor : f)));
  const setBand = (key: 'lowMax' | 'mediumMax', text: string) =>
    onChange({
      ...config,
      potential: { ...potential, bands: { ...potential.bands, [key]: toNumber(text) } },
    });
  return (
    <Flex direction="column" gap="sm">
      {potential.factors.map((factor, i) => (
        <Flex key={i} direction="column" gap="xs">
          <Heading>{t.settings.factor(i + 1)}</Heading>
          <Input
            name={`potential.factors.${i}.id`}
            label={t.settings.factorId}
            value={factor.id}
            onChange={(id) => setFactor(i, { ...factor, id })}
            {...field(`potential.factors.${i}.id`)}
          />
          <LocalizedInputs
            name={`potential.factors.${i}.label`}
            label={t.settings.label}
            value={factor.label}
            onChange={(label) => setFactor(i, { ...factor, label })}
            field={field}
          />
          {scores.map((score) => (
            <Flex key={score} direction="row" gap="sm">
              {(['en', 'fi'] as const).map((lang) => (
                <Input
                  key={lang}
                  name={`potential.factors.${i}.rubric.${lang}.${score}`}
                  label={t.settings.rubric(score, t.settings[lang])}
                  value={factor.rubric[lang][score]}
                  onChange={(text) =>
                    setFactor(i, {
                      ...factor,
                      rubric: {
                        ...factor.rubric,
                        [lang]: withScore(factor.rubric[lang], score, text),
                      },
                    })
                  }
                  {...field(`potential.factors.${i}.rubric.${lang}.${score}`)}
                />
              ))}
            </Flex>
          ))}
          <Toggle
            name={`potential.factors.${i}.required`}
            label={t.settings.required}
            checked={factor.required}
            onChange={(required) => setFactor(i, { ...factor, required })}
          />
          {factor.source.mode === 'computed' && (
            <Text variant="microcopy">{t.settings.computed}</Text>
          )}
          <Button
            variant="secondary"
            size="sm"
            disabled={potential.factors.length <= 1}
            onClick={() => setFactors(potential.factors.filter((_, j) => j !== i))}
          >
            {t.settings.removeFactor}
          </Button>
          <Divider />
        </Flex>
      ))}
      <Button
        variant="secondary"
        onClick={() =>
          setFactors([
            ...potential.factors,
            {
              id: `factor_${potential.factors.length + 1}`,
              label: { en: '', fi: '' },
              rubric: { en: ['', '', '', ''], fi: ['', '', '', ''] },
              required: true,
              source: { mode: 'manual' },
            },
          ])
        }
      >
        {t.settings.addFactor}
      </Button>
      <Flex direction="row" gap="sm">
        {(['lowMax', 'mediumMax'] as const).map((key) => (
          <Input
            key={key}
            name={`potential.bands.${key}`}
            label={t.settings[key]}
            value={numberText(potential.bands[key])}
            onChange={(text) => setBand(key, text)}
            {...field(`potential.bands.${key}`)}
          />
        ))}
      </Flex>
    </Flex>
  );
}
