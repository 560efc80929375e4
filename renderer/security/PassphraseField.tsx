// A labelled passphrase input. Never autocompleted or spell-checked: browsers and spell
// checkers may store or send what is typed.
import { useId } from 'react';

interface PassphraseFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  visible?: boolean;
  hint?: string;
  error?: string;
  autoFocus?: boolean;
  autoComplete?: 'new-password' | 'current-password';
}

export function PassphraseField(props: PassphraseFieldProps) {
  const { label, value, onChange, name, visible, hint, error, autoFocus } = props;
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={props.autoComplete ?? 'off'}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      />
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
