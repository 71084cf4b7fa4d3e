import { useId, type ReactNode } from 'react';
import { cx } from './css';

export interface FieldProps {
  label?: string;
  description?: string;
  tooltip?: string;
  required?: boolean;
  error?: boolean;
  validationMessage?: string;
  children: (id: string) => ReactNode;
}

/** A form field as HubSpot lays it out: label, description, control, validation message. */
export function Field(props: FieldProps) {
  const id = useId();
  return (
    <div className={cx('hs-field', props.error && 'hs-field--error')}>
      {props.label ? (
        <label className="hs-label" htmlFor={id} title={props.tooltip}>
          {props.label}
          {props.required ? <span className="hs-required"> *</span> : null}
        </label>
      ) : null}
      {props.description ? <div className="hs-text--micro">{props.description}</div> : null}
      {props.children(id)}
      {props.validationMessage ? (
        <div className={cx('hs-validation', props.error && 'hs-validation--error')}>
          {props.validationMessage}
        </div>
      ) : null}
    </div>
  );
}
