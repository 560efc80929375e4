// A new evaluation (bilan): when, who came (partners, the family, the young person), each
// objective rated, the decision, and the next evaluation, proposed from the rhythm.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { proposeNextEvaluation } from '../../shared/partnerships/dates';
import {
  DECISIONS,
  RATINGS,
  type EvaluationFields,
  type Partnership,
} from '../../shared/partnerships/model';
import { EvaluationAddInput } from '../../shared/partnerships/ops';
import { useApi } from '../bridge/ApiContext';
import { RadioGroup } from '../forms/choices';
import { Field } from './Field';
import { check, dateOrNull, todayIso, type PathErrors } from './formErrors';
import { useCall } from './useCall';
import { useDateFormat } from './useDateFormat';

type Rating = EvaluationFields['ratings'][number]['rating'];

interface EvaluationFormProps {
  partnership: Partnership;
  onSaved: () => void;
}

export function EvaluationForm({ partnership, onSaved }: EvaluationFormProps) {
  const { t } = useTranslation();
  const day = useDateFormat();
  const api = useApi();
  const perYear = partnership.evaluationsPerYear;
  const [heldOn, setHeldOn] = useState(todayIso());
  const [partners, setPartners] = useState<string[]>([]);
  const [family, setFamily] = useState(false);
  const [youngPerson, setYoungPerson] = useState(false);
  const [others, setOthers] = useState('');
  const [ratings, setRatings] = useState<Record<string, Rating>>({});
  const [decision, setDecision] = useState<EvaluationFields['decision']>('continue');
  const [notes, setNotes] = useState('');
  const [nextOn, setNextOn] = useState<string | null>(null);
  const [errors, setErrors] = useState<PathErrors>({});
  const [status, setStatus] = useState('');
  const { busy, run } = useCall(setErrors);
  // The proposal follows the meeting's date until the user picks another day.
  const proposed = decision === 'end' || !heldOn ? '' : proposeNextEvaluation(heldOn, perYear);
  const next = nextOn ?? proposed;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      partnershipId: partnership.id,
      heldOn: heldOn || undefined,
      attendees: { partnerEntryIds: partners, family, youngPerson, others },
      ratings: Object.entries(ratings).map(([objectiveId, rating]) => ({ objectiveId, rating })),
      decision,
      notes,
      nextOn: dateOrNull(next),
    };
    const checked = check(EvaluationAddInput, input);
    if (!checked.ok) return setErrors(checked.errors);
    const saved = await run(() => api['partnerships.addEvaluation'](checked.value));
    if (!saved) return;
    setStatus(t('partnerships.evaluation.saved', { date: day(saved.heldOn) }));
    setRatings({});
    setNotes('');
    setNextOn(null);
    onSaved();
  };

  const toggle = (id: string, on: boolean) =>
    setPartners((was) => (on ? [...was, id] : was.filter((x) => x !== id)));
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      aria-label={t('partnerships.evaluation.add')}
    >
      <Field
        name="heldOn"
        type="date"
        label={t('partnerships.evaluation.heldOn')}
        value={heldOn}
        error={errors.heldOn}
        onChange={setHeldOn}
      />
      <fieldset className="choices">
        <legend>{t('partnerships.evaluation.attendees')}</legend>
        <div className="choice-list">
          {partnership.partners.map((p) => (
            <label className="choice" key={p.entryId}>
              <input
                type="checkbox"
                checked={partners.includes(p.entryId)}
                onChange={(e) => toggle(p.entryId, e.target.checked)}
              />
              <span>{p.name}</span>
            </label>
          ))}
          <label className="choice">
            <input type="checkbox" checked={family} onChange={(e) => setFamily(e.target.checked)} />
            <span>{t('partnerships.evaluation.family')}</span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={youngPerson}
              onChange={(e) => setYoungPerson(e.target.checked)}
            />
            <span>{t('partnerships.evaluation.youngPerson')}</span>
          </label>
        </div>
      </fieldset>
      <Field
        name="others"
        label={t('partnerships.evaluation.others')}
        value={others}
        error={errors['attendees.others']}
        onChange={setOthers}
      />
      {partnership.objectives.map((objective) => (
        <RadioGroup
          key={objective.id}
          legend={objective.text}
          name={`rating-${objective.id}`}
          value={ratings[objective.id] ?? ('' as Rating)}
          options={RATINGS.map((r) => ({ value: r, label: t(`partnerships.ratings.${r}`) }))}
          onChange={(rating) => setRatings((was) => ({ ...was, [objective.id]: rating }))}
        />
      ))}
      <RadioGroup
        legend={t('partnerships.evaluation.decision')}
        name="decision"
        value={decision}
        options={DECISIONS.map((d) => ({ value: d, label: t(`partnerships.decisions.${d}`) }))}
        onChange={setDecision}
      />
      <Field
        name="notes"
        multiline
        label={t('partnerships.evaluation.notes')}
        value={notes}
        error={errors.notes}
        onChange={setNotes}
      />
      <Field
        name="nextOn"
        type="date"
        label={t('partnerships.evaluation.nextOn')}
        hint={t('partnerships.evaluation.nextOnHint', { count: perYear })}
        value={next}
        error={errors.nextOn}
        errorText={t('partnerships.evaluation.nextAfterHeld')}
        onChange={setNextOn}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('partnerships.evaluation.save')}
        </button>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  );
}
