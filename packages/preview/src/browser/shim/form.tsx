import type {
  BaseDate,
  DateInputProps,
  FormInputValues,
  FormProps,
  TimeInputProps,
} from '@hubspot/ui-extensions';
import { testIdOf } from './css';
import { FormSubmitExtensionEvent } from './events';
import { Field } from './Field';
import { useOverlays } from './overlays';

export function Form(props: FormProps) {
  const { reactions } = useOverlays();
  return (
    <form
      className="hs-form"
      {...testIdOf(props.testId)}
      autoComplete={props.autoComplete}
      onSubmit={(event) => {
        event.preventDefault();
        const values: FormInputValues = {};
        new FormData(event.currentTarget).forEach((value, name) => {
          if (typeof value === 'string') values[name] = value;
        });
        const submitted = new FormSubmitExtensionEvent(values, {
          type: 'submit',
          bubbles: event.bubbles,
          timeStamp: event.timeStamp,
        });
        void props.onSubmit?.(submitted, reactions);
      }}
    >
      {props.children}
    </form>
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
/** HubSpot's date objects count months from 0. */
const isoOf = (date: BaseDate | null | undefined) =>
  date ? `${date.year}-${pad(date.month + 1)}-${pad(date.date)}` : '';

export function DateInput(props: DateInputProps) {
  return (
    <Field {...props}>
      {(id) => (
        <input
          id={id}
          type="date"
          className="hs-input"
          name={props.name}
          value={props.value === undefined ? undefined : isoOf(props.value)}
          defaultValue={props.value === undefined ? isoOf(props.defaultValue) : undefined}
          min={isoOf(props.min) || undefined}
          max={isoOf(props.max) || undefined}
          readOnly={props.readOnly}
          onChange={(event) => {
            const [year, month, date] = event.target.value.split('-').map(Number);
            if (year === undefined || month === undefined || date === undefined) return;
            props.onChange?.({ year, month: month - 1, date, formattedDate: event.target.value });
          }}
        />
      )}
    </Field>
  );
}

export function TimeInput(props: TimeInputProps) {
  const value = props.value ? `${pad(props.value.hours)}:${pad(props.value.minutes)}` : undefined;
  return (
    <Field {...props}>
      {(id) => (
        <input
          id={id}
          type="time"
          className="hs-input"
          name={props.name}
          value={value}
          readOnly={props.readOnly}
          onChange={(event) => {
            const [hours, minutes] = event.target.value.split(':').map(Number);
            if (hours !== undefined && minutes !== undefined) props.onChange?.({ hours, minutes });
          }}
        />
      )}
    </Field>
  );
}
