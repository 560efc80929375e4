// Take a snapshot of the case's current map, under a label and the review's date, and set the
// date of the next review in the same step. Validated with the contract's schema before sending.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SnapshotTakeInput, type SnapshotSummary } from '../../shared/snapshots/schemas';
import { useApi } from '../bridge/ApiContext';
import { TextField } from '../forms/fields';
import { useSubmission } from '../forms/useSubmission';
import { validate, type FieldErrors } from '../forms/validation';
import { addMonths, localToday } from './dates';
import { DateField } from './DateField';

/** "At least three reviews a year": the next one is proposed four months later. */
export const REVIEW_EVERY_MONTHS = 4;

interface TakeSnapshotFormProps {
  caseId: string;
  defaultLabel: string;
  onTaken: (summary: SnapshotSummary) => void;
  onCancel?: () => void;
}

export function TakeSnapshotForm({
  caseId,
  defaultLabel,
  onTaken,
  onCancel,
}: TakeSnapshotFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const today = localToday();
  const [label, setLabel] = useState(defaultLabel);
  const [takenOn, setTakenOn] = useState(today);
  const [next, setNext] = useState(addMonths(today, REVIEW_EVERY_MONTHS));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, submit } = useSubmission(setErrors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(SnapshotTakeInput, {
      caseId,
      label,
      takenOn,
      nextReviewOn: next === '' ? null : next,
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    let taken: SnapshotSummary | null = null;
    const done = await submit(async () => {
      taken = await api['snapshots.take'](checked.value);
    });
    if (done && taken) onTaken(taken);
  };

  return (
    <form className="take-snapshot stack" aria-label={t('reviews.take.title')} onSubmit={onSubmit}>
      <h2>{t('reviews.take.title')}</h2>
      <TextField
        label={t('reviews.take.label')}
        name="label"
        value={label}
        onChange={setLabel}
        error={errors.label}
      />
      <DateField
        label={t('reviews.take.takenOn')}
        name="takenOn"
        value={takenOn}
        onChange={setTakenOn}
        max={today}
        error={errors.takenOn}
      />
      <DateField
        label={t('reviews.take.next')}
        name="nextReviewOn"
        value={next}
        onChange={setNext}
        min={today}
        hint={t('reviews.take.nextHint')}
        error={errors.nextReviewOn}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('reviews.take.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button subtle" onClick={onCancel}>
            {t('reviews.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
