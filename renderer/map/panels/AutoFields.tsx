// Fields that save as they change (one undo step each): text fields through useDraft, choices
// at once. Each keeps a visible label and announces its error with the field.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from '../../forms/fields';
import { useDraft } from './useDraft';

interface AutoTextProps {
  label: string;
  hint?: string;
  value: string;
  draftKey: string;
  commit: (value: string, mergeKey: string) => string | null;
  seal: () => void;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric';
}

export function AutoText(props: AutoTextProps) {
  const { label, hint, value, draftKey, commit, seal, multiline, inputMode } = props;
  const { t } = useTranslation();
  const id = useId();
  const draft = useDraft({ value, commit, seal, key: draftKey });
  const describedBy = [hint && `${id}-hint`, draft.error && `${id}-error`].filter(Boolean);
  const common = {
    id,
    value: draft.value,
    onFocus: draft.onFocus,
    onBlur: draft.onBlur,
    'aria-invalid': draft.error ? true : undefined,
    'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
  };
  return (
    <div className={draft.error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => draft.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          inputMode={inputMode}
          onChange={(e) => draft.onChange(e.target.value)}
        />
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {draft.error && (
        <p className="field-error" id={`${id}-error`}>
          {t(draft.error)}
        </p>
      )}
    </div>
  );
}

interface AutoSelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
}

export function AutoSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: AutoSelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
