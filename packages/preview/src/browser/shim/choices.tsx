import type {
  CheckboxProps,
  MultiSelectProps,
  RadioButtonProps,
  SelectProps,
  ToggleGroupProps,
  ToggleProps,
} from '@hubspot/ui-extensions';
import { useState } from 'react';
import { cx, testIdOf } from './css';
import { Field } from './Field';

type OptionValue = string | number | boolean;
const key = (value: OptionValue | undefined) => (value === undefined ? '' : JSON.stringify(value));

export function Select(props: SelectProps) {
  const [own, setOwn] = useState<OptionValue | undefined>(props.value);
  const value = props.value ?? own;
  return (
    <Field {...props}>
      {(id) => (
        <select
          id={id}
          name={props.name}
          className={cx(
            'hs-input',
            'hs-select',
            props.variant === 'transparent' && 'hs-select--transparent',
          )}
          value={key(value)}
          disabled={props.readOnly}
          aria-invalid={props.error || undefined}
          onChange={(event) => {
            const option = props.options.find(
              (candidate) => key(candidate.value) === event.target.value,
            );
            if (!option) return;
            setOwn(option.value);
            props.onChange?.(option.value);
            props.onInput?.(String(option.value));
          }}
        >
          {value === undefined ? (
            <option value="">{props.placeholder ?? 'Select an option'}</option>
          ) : null}
          {props.options.map((option) => (
            <option key={key(option.value)} value={key(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function MultiSelect(props: MultiSelectProps) {
  const [own, setOwn] = useState<OptionValue[]>(props.value ?? []);
  const value = props.value ?? own;
  return (
    <Field {...props}>
      {(id) => (
        <select
          id={id}
          multiple
          name={props.name}
          className="hs-input hs-select"
          value={value.map(key)}
          onChange={(event) => {
            const chosen = [...event.target.selectedOptions].map((option) => option.value);
            const values = props.options
              .filter((o) => chosen.includes(key(o.value)))
              .map((o) => o.value);
            setOwn(values);
            props.onChange?.(values);
          }}
        >
          {props.options.map((option) => (
            <option key={key(option.value)} value={key(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function CheckInput(props: CheckboxProps & { type: 'checkbox' | 'radio' }) {
  const [own, setOwn] = useState(props.initialIsChecked ?? false);
  const checked = props.checked ?? own;
  return (
    <label
      className={cx('hs-check', props.inline && 'hs-check--inline')}
      {...testIdOf(props.testId)}
    >
      <input
        type={props.type}
        name={props.name}
        value={props.value}
        checked={checked}
        aria-label={props['aria-label']}
        disabled={props.readOnly ?? props.readonly}
        onChange={(event) => {
          setOwn(event.target.checked);
          props.onChange?.(event.target.checked, props.value ?? '');
        }}
      />
      <span>
        {props.children}
        {props.description ? (
          <span className="hs-text--micro hs-block">{props.description}</span>
        ) : null}
      </span>
    </label>
  );
}

export const Checkbox = (props: CheckboxProps) => <CheckInput {...props} type="checkbox" />;
export const RadioButton = (props: RadioButtonProps) => <CheckInput {...props} type="radio" />;

export function ToggleGroup(props: ToggleGroupProps) {
  const radio = props.toggleType === 'radioButtonList';
  const initial = props.options.filter((o) => o.initialIsChecked).map((o) => o.value);
  const [own, setOwn] = useState<string[]>(initial);
  const current = props.value === undefined ? own : ([] as string[]).concat(props.value);
  const choose = (value: string, checked: boolean) => {
    const next = radio
      ? [value]
      : checked
        ? [...current, value]
        : current.filter((v) => v !== value);
    setOwn(next);
    if (props.toggleType === 'radioButtonList') props.onChange?.(value);
    else props.onChange?.(next);
  };
  return (
    <Field
      label={props.label}
      required={props.required}
      error={props.error}
      validationMessage={props.validationMessage}
    >
      {() => (
        <div
          className={cx('hs-toggle-group', props.inline && 'hs-toggle-group--inline')}
          role="group"
          aria-label={props.label}
        >
          {props.options.map((option) => (
            <CheckInput
              key={option.value}
              type={radio ? 'radio' : 'checkbox'}
              name={props.name}
              value={option.value}
              checked={current.includes(option.value)}
              description={option.description}
              readOnly={option.readOnly ?? option.readonly}
              inline={props.inline}
              onChange={(checked) => choose(option.value, checked)}
            >
              {option.label}
            </CheckInput>
          ))}
        </div>
      )}
    </Field>
  );
}

export function Toggle(props: ToggleProps) {
  const [own, setOwn] = useState(props.initialIsChecked ?? false);
  const checked = props.checked ?? own;
  return (
    <label
      className={cx('hs-toggle', props.labelDisplay === 'top' && 'hs-toggle--top')}
      {...testIdOf(props.testId)}
    >
      {props.labelDisplay === 'hidden' ? null : <span>{props.label}</span>}
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={props.label}
        className={cx('hs-switch', checked && 'hs-switch--on')}
        disabled={props.readOnly ?? props.readonly}
        onClick={() => {
          setOwn(!checked);
          props.onChange?.(!checked);
        }}
      />
      <span className="hs-text--micro">{checked ? props.textChecked : props.textUnchecked}</span>
    </label>
  );
}
