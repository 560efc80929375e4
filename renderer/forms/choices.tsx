// Radio buttons and check boxes in a fieldset whose legend names the question.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Option } from './fields';
import type { FieldMessageKey } from './validation';

interface ChoiceFrameProps {
  legend: string;
  error?: FieldMessageKey;
  errorId: string;
  children: React.ReactNode;
}

function ChoiceFrame({ legend, error, errorId, children }: ChoiceFrameProps) {
  const { t } = useTranslation();
  return (
    <fieldset
      className={error ? 'choices has-error' : 'choices'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <div className="choice-list">{children}</div>
      {error && (
        <p className="field-error" id={errorId}>
          {t(error)}
        </p>
      )}
    </fieldset>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly Option<T>[];
  onChange: (value: T) => void;
  error?: FieldMessageKey;
}

export function RadioGroup<T extends string>(props: RadioGroupProps<T>) {
  const id = useId();
  return (
    <ChoiceFrame legend={props.legend} error={props.error} errorId={`${id}-error`}>
      {props.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={`${props.name}-${id}`}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </ChoiceFrame>
  );
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  options: readonly Option<T>[];
  onChange: (values: T[]) => void;
  error?: FieldMessageKey;
}

export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const id = useId();
  const toggle = (value: T, on: boolean) =>
    props.onChange(
      props.options
        .map((option) => option.value)
        .filter((v) => (v === value ? on : props.values.includes(v))),
    );
  return (
    <ChoiceFrame legend={props.legend} error={props.error} errorId={`${id}-error`}>
      {props.options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            value={option.value}
            checked={props.values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </ChoiceFrame>
  );
}
