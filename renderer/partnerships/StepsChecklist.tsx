// Dhume's construction process: the 19 steps in their 4 phases, each one ticked with its date
// and a comment. Ticking saves at once (dated today unless a date is given); the date and the
// comment save with the step's button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DHUME_PHASES, SHORT_METHOD, stepsOfPhase } from '../../shared/partnerships/dhume';
import type { StepRecord } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { Field } from './Field';
import { dateOrNull, todayIso, type PathErrors } from './formErrors';
import { useCall } from './useCall';

interface StepsChecklistProps {
  partnershipId: string;
  steps: readonly StepRecord[];
  onSaved: () => void;
}

export function StepsChecklist({ partnershipId, steps, onSaved }: StepsChecklistProps) {
  const { t } = useTranslation();
  const done = steps.filter((s) => s.done).length;
  return (
    <div className="steps">
      <p className="muted">{t('partnerships.page.stepsDone', { done })}</p>
      {DHUME_PHASES.map((phase) => (
        <fieldset key={phase} className="phase">
          <legend>{t(`partnerships.phases.${phase}`)}</legend>
          {stepsOfPhase(phase).map(({ step, key }) => (
            <StepRow
              key={step}
              partnershipId={partnershipId}
              name={t(`partnerships.steps.${key}`)}
              record={steps[step - 1] ?? { step, done: false, doneOn: null, comment: '' }}
              onSaved={onSaved}
            />
          ))}
        </fieldset>
      ))}
      <details className="short-method">
        <summary>{t('partnerships.page.shortMethod')}</summary>
        <ol>
          {SHORT_METHOD.map((key) => (
            <li key={key}>{t(`partnerships.shortMethod.${key}`)}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}

interface StepRowProps {
  partnershipId: string;
  name: string;
  record: StepRecord;
  onSaved: () => void;
}

function StepRow({ partnershipId, name, record, onSaved }: StepRowProps) {
  const { t } = useTranslation();
  const api = useApi();
  // Ticked at once; unticked again if the store refuses.
  const [done, setDone] = useState(record.done);
  const [doneOn, setDoneOn] = useState(record.doneOn ?? '');
  const [comment, setComment] = useState(record.comment);
  const [errors, setErrors] = useState<PathErrors>({});
  const [status, setStatus] = useState('');
  const { busy, run } = useCall(setErrors);
  const label = t('partnerships.step.label', { step: record.step, name });

  const save = async (next: boolean, date: string) => {
    setDone(next);
    const saved = await run(() =>
      api['partnerships.setStep']({
        partnershipId,
        step: record.step,
        done: next,
        doneOn: next ? (dateOrNull(date) ?? todayIso()) : null,
        comment,
      }),
    );
    if (!saved) return setDone(record.done);
    setDoneOn(saved.doneOn ?? '');
    setStatus(t('partnerships.step.saved', { step: record.step }));
    onSaved();
  };

  const dirty = (record.doneOn ?? '') !== doneOn || record.comment !== comment;
  return (
    <div className={done ? 'step done' : 'step'}>
      <label className="choice">
        <input
          type="checkbox"
          checked={done}
          disabled={busy}
          onChange={(event) => void save(event.target.checked, doneOn)}
        />
        <span>{label}</span>
      </label>
      <div className="field-row compact">
        <Field
          name={`step-${record.step}-date`}
          type="date"
          label={`${t('partnerships.step.doneOn')} (${record.step})`}
          hideLabel
          value={doneOn}
          error={errors.doneOn}
          onChange={setDoneOn}
        />
        <Field
          name={`step-${record.step}-comment`}
          label={`${t('partnerships.step.comment')} (${record.step})`}
          hideLabel
          placeholder={t('partnerships.step.comment')}
          value={comment}
          error={errors.comment}
          onChange={setComment}
        />
      </div>
      {dirty && (
        <button
          type="button"
          className="button small"
          disabled={busy}
          onClick={() => void save(done || doneOn !== '', doneOn)}
        >
          {t('partnerships.step.save')}
        </button>
      )}
      <span className="form-status" role="status">
        {status}
      </span>
    </div>
  );
}
