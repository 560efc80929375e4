// Labelled form fields: every input has a <label>, and its error is announced with the field.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessageKey } from './validation';

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: FieldMessageKey;
  children: ReactNode;
}

function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {t(error)}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  hint?: string;
  error?: FieldMessageKey;
  required?: boolean;
  inputMode?: 'text' | 'numeric';
  autoFocus?: boolean;
}

export function TextField({ label, value, onChange, name, hint, error, ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type="text"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={rest.required}
        inputMode={rest.inputMode}
        autoFocus={rest.autoFocus}
      />
    </FieldFrame>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly Option<T>[];
  name: string;
  hint?: string;
  error?: FieldMessageKey;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { label, value, onChange, options, name, hint, error } = props;
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
