// Records the end of a partnership with its reason. The partners stay in the address book:
// the project ends, the network remains.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../shared/partnerships/model';
import { PartnershipEndInput } from '../../shared/partnerships/ops';
import { useApi } from '../bridge/ApiContext';
import { Field } from './Field';
import { check, todayIso, type PathErrors } from './formErrors';
import { useCall } from './useCall';

export function EndForm({
  partnership,
  onSaved,
}: {
  partnership: Partnership;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [endedOn, setEndedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<PathErrors>({});
  const { busy, run } = useCall(setErrors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = check(PartnershipEndInput, {
      id: partnership.id,
      endedOn: endedOn || undefined,
      reason,
    });
    if (!checked.ok) return setErrors(checked.errors);
    if (checked.value.endedOn < partnership.startOn) {
      return setErrors({ endedOn: 'fieldIssues.end_before_start' });
    }
    if (await run(() => api['partnerships.end'](checked.value))) onSaved();
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('partnerships.page.end')}
    >
      <p className="muted">{t('partnerships.end.keepsNetwork')}</p>
      <Field
        name="endedOn"
        type="date"
        label={t('partnerships.end.endedOn')}
        value={endedOn}
        error={errors.endedOn}
        onChange={setEndedOn}
      />
      <Field
        name="reason"
        multiline
        label={t('partnerships.end.reason')}
        hint={t('partnerships.end.reasonHint')}
        value={reason}
        error={errors.reason}
        onChange={setReason}
      />
      <div className="form-actions">
        <button type="submit" className="button danger" disabled={busy}>
          {t('partnerships.end.save')}
        </button>
      </div>
    </form>
  );
}
