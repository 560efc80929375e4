// The selected tie: change its closeness, quality and support, or delete it after confirming.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tie } from '../../../shared/model';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useSubmission } from '../../forms/useSubmission';
import type { FieldErrors } from '../../forms/validation';
import type { MapStore } from '../model/mapStore';
import { tieQualityValues, validateTieQuality, type TieQualityValues } from './tieForm';
import { TieQualityFieldset } from './TieQualityFieldset';

interface EditTiePanelProps {
  store: MapStore;
  tie: Tie;
  nameA: string;
  nameB: string;
  onClose: () => void;
}

export function EditTiePanel({ store, tie, nameA, nameB, onClose }: EditTiePanelProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TieQualityValues>(() => tieQualityValues(tie));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { busy, submit } = useSubmission(setErrors);
  const names = { a: nameA, b: nameB };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateTieQuality(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaved(await submit(async () => store.updateTie(tie.id, checked.value)));
  };

  const remove = async () => {
    setConfirming(false);
    if (await submit(async () => store.removeTie(tie.id))) onClose();
  };

  return (
    <section className="selection" aria-labelledby={`sel-${tie.id}`}>
      <h2 id={`sel-${tie.id}`}>
        {t('ui.selection.tieTitle')}
        <span className="selection-name">{t('ui.selection.between', names)}</span>
      </h2>
      <form className="stack" noValidate onSubmit={onSubmit}>
        <TieQualityFieldset
          values={values}
          errors={errors}
          nameA={nameA}
          nameB={nameB}
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
        {t('ui.selection.removeTie')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('ui.selection.removeTieTitle', names)}
          message={t('ui.selection.removeTieMessage', names)}
          confirmLabel={t('ui.actions.delete')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
