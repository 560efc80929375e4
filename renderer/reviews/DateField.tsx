// A labelled date input whose error is announced with it (the forms' own fields are text only).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessageKey } from '../forms/validation';

interface DateFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  max?: string;
  min?: string;
  hint?: string;
  error?: FieldMessageKey;
}

export function DateField({
  label,
  name,
  value,
  onChange,
  hint,
  error,
  ...limits
}: DateFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...limits}
      />
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
