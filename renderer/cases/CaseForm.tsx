// Create or edit a case: pseudonym, year of birth, referent educator.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../forms/fields';
import { useSubmission } from '../forms/useSubmission';
import type { FieldErrors } from '../forms/validation';
import {
  EMPTY_CASE_FORM,
  validateCaseForm,
  type CaseFieldValues,
  type CaseFormValues,
} from './caseForm';

interface CaseFormProps {
  initial?: CaseFormValues;
  submitLabel: string;
  onSubmit: (fields: CaseFieldValues) => Promise<unknown>;
  onCancel?: () => void;
  cancelLabel?: string;
  /** Empties the form after a successful submit (the create form). */
  resetOnSuccess?: boolean;
  autoFocus?: boolean;
}

export function CaseForm(props: CaseFormProps) {
  const { initial = EMPTY_CASE_FORM, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, submit } = useSubmission(setErrors);

  const set = (field: keyof CaseFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onFormSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateCaseForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const done = await submit(() => onSubmit(checked.value));
    if (done && props.resetOnSuccess) setValues(EMPTY_CASE_FORM);
  };

  return (
    <form className="stack" noValidate onSubmit={onFormSubmit}>
      <TextField
        name="pseudonym"
        label={t('ui.caseForm.pseudonym')}
        hint={t('ui.caseForm.pseudonymHint')}
        value={values.pseudonym}
        onChange={set('pseudonym')}
        error={errors.pseudonym}
        required
        autoFocus={props.autoFocus}
      />
      <TextField
        name="birthYear"
        label={t('ui.caseForm.birthYear')}
        hint={t('ui.caseForm.birthYearHint')}
        value={values.birthYear}
        onChange={set('birthYear')}
        error={errors.birthYear}
        inputMode="numeric"
      />
      <TextField
        name="referent"
        label={t('ui.caseForm.referent')}
        value={values.referent}
        onChange={set('referent')}
        error={errors.referent}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {props.cancelLabel ?? t('ui.actions.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
