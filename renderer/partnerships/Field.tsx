// A labelled input of any simple type (text, date, number, e-mail, phone) or a text area, with
// its hint and its error announced with it. The shared forms/fields.tsx offers text boxes only.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessageKey } from '../forms/validation';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  type?: 'text' | 'date' | 'number' | 'email' | 'tel' | 'search';
  multiline?: boolean;
  hint?: string;
  error?: FieldMessageKey | undefined;
  /** A message already translated (replaces `error` when the form knows better words). */
  errorText?: string;
  min?: number;
  max?: number;
  autoFocus?: boolean;
  className?: string;
  /** The label is read out but not shown (rows whose column says it already). */
  hideLabel?: boolean;
  placeholder?: string;
}

export function Field(props: FieldProps) {
  const { label, value, onChange, name, type = 'text', hint, error, errorText } = props;
  const { t } = useTranslation();
  const id = useId();
  const message = error ? (errorText ?? t(error)) : undefined;
  const describedBy =
    [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': describedBy,
    autoFocus: props.autoFocus,
  };
  return (
    <div
      className={`field${message ? ' has-error' : ''}${props.className ? ` ${props.className}` : ''}`}
    >
      <label htmlFor={id} className={props.hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={type}
          autoComplete="off"
          placeholder={props.placeholder}
          min={props.min}
          max={props.max}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {message && (
        <p className="field-error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}

interface SelectBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
  title?: string;
  compact?: boolean;
}

/** A select whose label names it alone (a wrapping <label> would add every option's text). */
export function SelectBox({ label, value, onChange, children, title, compact }: SelectBoxProps) {
  const id = useId();
  return (
    <div className={compact ? 'field compact' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} title={title} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
