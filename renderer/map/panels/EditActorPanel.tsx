// The selected actor (not the person at the centre: see EgoPanel): rename, change its fields, or remove it (and its ties) after confirming.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../../shared/model';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useSubmission } from '../../forms/useSubmission';
import type { FieldErrors } from '../../forms/validation';
import type { MapStore } from '../model/mapStore';
import { ActorFieldset } from './ActorFieldset';
import { actorFormValues, validateActorForm, type ActorFormValues } from './actorForm';

interface EditActorPanelProps {
  store: MapStore;
  actor: Actor;
  tieCount: number;
  onClose: () => void;
}

export function EditActorPanel({ store, actor, tieCount, onClose }: EditActorPanelProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ActorFormValues>(() => actorFormValues(actor));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { busy, submit } = useSubmission(setErrors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateActorForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaved(await submit(async () => store.updateActor(actor.id, checked.value)));
  };

  const remove = async () => {
    setConfirming(false);
    if (await submit(async () => store.removeActor(actor.id))) onClose();
  };

  return (
    <section className="selection" aria-labelledby={`sel-${actor.id}`}>
      <h2 id={`sel-${actor.id}`}>
        {t('ui.selection.actorTitle')}
        <span className="selection-name">{actor.name}</span>
      </h2>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <ActorFieldset
          values={values}
          errors={errors}
          onChange={(change) => {
            setSaved(false);
            setValues((was) => ({ ...was, ...change }));
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('ui.actions.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('ui.actions.close')}
          </button>
        </div>
        <p className="form-status" role="status">
          {saved ? t('ui.selection.saved') : ''}
        </p>
      </form>
      <button type="button" className="button danger-text" onClick={() => setConfirming(true)}>
        {t('ui.selection.removeActor')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('ui.selection.removeActorTitle', { name: actor.name })}
          message={
            tieCount > 0
              ? t('ui.selection.removeActorWithTies', { count: tieCount })
              : t('ui.selection.removeActorAlone')
          }
          confirmLabel={t('ui.actions.delete')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
