import { Flex, Input } from '@hubspot/ui-extensions';
import type { LocalizedText } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import type { FieldProps } from './fieldProps';

/** An English and a Finnish input for one admin-written text. */
export function LocalizedInputs(props: {
  name: string;
  label: (lang: string) => string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  field: FieldProps;
}) {
  const { t } = useLocale();
  return (
    <Flex direction="row" gap="sm">
      {(['en', 'fi'] as const).map((lang) => (
        <Input
          key={lang}
          name={`${props.name}.${lang}`}
          label={props.label(t.settings[lang])}
          value={props.value[lang]}
          onChange={(text) => props.onChange({ ...props.value, [lang]: text })}
          {...props.field(`${props.name}.${lang}`)}
        />
      ))}
    </Flex>
  );
}
