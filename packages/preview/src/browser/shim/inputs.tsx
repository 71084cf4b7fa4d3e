import type {
  CurrencyInputProps,
  InputProps,
  NumberInputProps,
  SearchInputProps,
  StepperInputProps,
  TextAreaProps,
} from '@hubspot/ui-extensions';
import { useEffect, useState, type ChangeEvent } from 'react';
import { Field } from './Field';

/** HubSpot inputs keep their own text: `onInput` on each keystroke, `onChange` when committed (blur). */
function useDraft(value: string | undefined, defaultValue: string | undefined) {
  const [draft, setDraft] = useState(value ?? defaultValue ?? '');
  useEffect(() => {
    if (value !== undefined) setDraft(value);
  }, [value]);
  return [draft, setDraft] as const;
}

interface TextFieldProps {
  value?: string;
  defaultValue?: string;
  onInput?: (value: string) => void;
  onChange?: (value: string) => void;
  onBlur?: (value: string) => void;
  onFocus?: (value: string) => void;
}

/** The value and event props of a text `<input>` or `<textarea>`. */
function useTextField(props: TextFieldProps) {
  const [draft, setDraft] = useDraft(props.value, props.defaultValue);
  return {
    value: draft,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(event.target.value);
      props.onInput?.(event.target.value);
    },
    onBlur: () => {
      props.onChange?.(draft);
      props.onBlur?.(draft);
    },
    onFocus: () => props.onFocus?.(draft),
  };
}

export function Input(props: InputProps | SearchInputProps) {
  const field = useTextField(props);
  const type = 'type' in props && props.type === 'password' ? 'password' : 'text';
  return (
    <Field {...props}>
      {(id) => (
        <input
          id={id}
          className="hs-input"
          name={props.name}
          type={type}
          placeholder={props.placeholder}
          readOnly={props.readOnly}
          required={props.required}
          aria-invalid={props.error || undefined}
          {...field}
        />
      )}
    </Field>
  );
}

export const SearchInput = Input;

export function TextArea(props: TextAreaProps) {
  const field = useTextField(props);
  return (
    <Field {...props}>
      {(id) => (
        <textarea
          id={id}
          className="hs-input hs-textarea"
          name={props.name}
          rows={props.rows ?? 3}
          cols={props.cols}
          maxLength={props.maxLength}
          placeholder={props.placeholder}
          readOnly={props.readOnly}
          style={{ resize: props.resize }}
          aria-invalid={props.error || undefined}
          {...field}
        />
      )}
    </Field>
  );
}

export const Textarea = TextArea;

const numberText = (value: number | undefined) => (value === undefined ? undefined : String(value));

export function NumberInput(props: NumberInputProps) {
  const [draft, setDraft] = useDraft(numberText(props.value), numberText(props.defaultValue));
  const commit = () => {
    const parsed = draft.trim() === '' ? Number.NaN : Number(draft);
    props.onChange?.(parsed);
    props.onBlur?.(parsed);
  };
  return (
    <Field {...props}>
      {(id) => (
        <input
          id={id}
          className="hs-input hs-number"
          style={{ textAlign: props.textAlign }}
          name={props.name}
          type="number"
          inputMode="decimal"
          value={draft}
          min={props.min}
          max={props.max}
          placeholder={props.placeholder}
          readOnly={props.readOnly}
          aria-invalid={props.error || undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            props.onInput?.(Number(event.target.value));
          }}
          onBlur={commit}
        />
      )}
    </Field>
  );
}

export const CurrencyInput = (props: CurrencyInputProps) => <NumberInput {...props} />;
export const StepperInput = (props: StepperInputProps) => <NumberInput {...props} />;
