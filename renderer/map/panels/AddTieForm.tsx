// Links any two actors of the map with a tie: closeness, quality, direction of support.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/model';
import { SelectField } from '../../forms/fields';
import { useSubmission } from '../../forms/useSubmission';
import type { FieldErrors } from '../../forms/validation';
import type { MapStore } from '../model/mapStore';
import { NEW_TIE, validateNewTie, type TieFormValues } from './tieForm';
import { TieQualityFieldset } from './TieQualityFieldset';

interface AddTieFormProps {
  store: MapStore;
  actors: readonly Actor[];
  /** The actor the tie starts from (Alt+L on a selected actor); the person by default. */
  sourceId?: string;
}

export function actorChoiceLabel(actor: Actor): string {
  return actor.roleLabel ? `${actor.name} (${actor.roleLabel})` : actor.name;
}

export function AddTieForm({ store, actors, sourceId }: AddTieFormProps) {
  const { t } = useTranslation();
  const ego = actors.find((actor) => actor.isEgo);
  const [values, setValues] = useState<TieFormValues>({
    ...NEW_TIE,
    sourceId: sourceId ?? ego?.id ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<{ a: string; b: string } | null>(null);
  const { busy, submit } = useSubmission(setErrors);

  const choices = useMemo(
    () => [
      { value: '', label: t('ui.tieForm.choose') },
      ...[...actors]
        .sort((a, b) => Number(b.isEgo) - Number(a.isEgo) || a.name.localeCompare(b.name))
        .map((actor) => ({ value: actor.id, label: actorChoiceLabel(actor) })),
    ],
    [actors, t],
  );
  const nameOf = (id: string, fallback: string) =>
    actors.find((actor) => actor.id === id)?.name ?? fallback;
  const nameA = nameOf(values.sourceId, t('ui.tieForm.someoneA'));
  const nameB = nameOf(values.targetId, t('ui.tieForm.someoneB'));
  const onChange = (change: Partial<TieFormValues>) => setValues((was) => ({ ...was, ...change }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateNewTie(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const done = await submit(async () => store.addTie(checked.value));
    if (done) {
      setAdded({ a: nameA, b: nameB });
      setValues({ ...NEW_TIE, sourceId: values.sourceId });
    }
  };

  if (actors.length < 2) return <p className="muted">{t('ui.tieForm.needTwo')}</p>;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={onSubmit}
      aria-label={t('ui.tieForm.addTitle')}
      onKeyDown={(event) => {
        // Enter on a list adds the tie, as it would in a text box: no trip to the button.
        if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
    >
      <SelectField
        name="sourceId"
        label={t('ui.tieForm.source')}
        value={values.sourceId}
        options={choices}
        onChange={(sourceId) => onChange({ sourceId })}
        error={errors.sourceId}
      />
      <SelectField
        name="targetId"
        label={t('ui.tieForm.target')}
        value={values.targetId}
        options={choices}
        onChange={(targetId) => onChange({ targetId })}
        error={errors.targetId}
      />
      <TieQualityFieldset
        values={values}
        errors={errors}
        onChange={onChange}
        nameA={nameA}
        nameB={nameB}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('ui.tieForm.add')}
        </button>
      </div>
      <p className="form-status" role="status">
        {added ? t('ui.tieForm.added', added) : ''}
      </p>
    </form>
  );
}
