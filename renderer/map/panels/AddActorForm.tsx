// Adds a person or an organisation to the map, optionally already tied to the person at the
// centre (closeness and quality): the usual case in an interview, saved as one gesture.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DirectorySuggestions, useDirectoryChoice } from '../../directory';
import { SelectField, type Option } from '../../forms/fields';
import { useSubmission } from '../../forms/useSubmission';
import type { FieldErrors } from '../../forms/validation';
import type { MapStore } from '../model/mapStore';
import { ActorFieldset } from './ActorFieldset';
import { KIND_DEFAULTS, NEW_ACTOR, validateActorForm, type ActorFormValues } from './actorForm';
import type { ClosenessText } from './closeness';
import { useMapOptions } from './options';
import type { Valence } from '../model/enums';

interface AddActorFormProps {
  store: MapStore;
  egoName: string;
}

export function AddActorForm({ store, egoName }: AddActorFormProps) {
  const { t } = useTranslation();
  const options = useMapOptions();
  const [values, setValues] = useState<ActorFormValues>(NEW_ACTOR);
  const [chosen, setChosen] = useState({ sphere: false, domain: false });
  const [egoCloseness, setEgoCloseness] = useState<ClosenessText | 'none'>('3');
  const [egoValence, setEgoValence] = useState<Valence>('supportive');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<{ count: number; name: string }>({ count: 0, name: '' });
  const { busy, submit } = useSubmission(setErrors);
  // Issue 7: an organisation typed here may be an address-book entry; the new actor is linked.
  const directory = useDirectoryChoice(store);

  const onChange = (change: Partial<ActorFormValues>) => {
    setChosen((was) => ({
      sphere: was.sphere || 'sphere' in change,
      domain: was.domain || 'domain' in change,
    }));
    setValues((current) => {
      const next = { ...current, ...change };
      if (change.kind) {
        const defaults = KIND_DEFAULTS[change.kind];
        if (!chosen.sphere) next.sphere = defaults.sphere;
        if (!chosen.domain) next.domain = defaults.domain;
      }
      return next;
    });
  };

  const closenessOptions: Option<ClosenessText | 'none'>[] = [
    ...options.closeness,
    { value: 'none', label: t('ui.actorForm.noEgoTie') },
  ];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateActorForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const egoTie =
      egoCloseness === 'none' ? null : { closeness: Number(egoCloseness), valence: egoValence };
    const done = await submit(async () =>
      directory.linkAfterSave(store.addActor(checked.value, egoTie)),
    );
    if (done) {
      setAdded((was) => ({ count: was.count + 1, name: checked.value.name }));
      setValues({ ...NEW_ACTOR, kind: values.kind, sphere: values.sphere, domain: values.domain });
    }
  };

  return (
    <form className="stack" noValidate onSubmit={onSubmit} aria-label={t('ui.actorForm.addTitle')}>
      <ActorFieldset
        key={added.count}
        values={values}
        errors={errors}
        onChange={onChange}
        autoFocus={added.count > 0}
      />
      <DirectorySuggestions
        query={values.name}
        choice={directory}
        onPick={({ kind, ...fields }) => {
          // The kind first (it resets sphere and domain to its defaults), then the entry's own.
          onChange({ kind });
          onChange(fields);
        }}
      />
      <SelectField
        name="egoCloseness"
        label={t('ui.actorForm.egoTie', { name: egoName })}
        hint={t('ui.actorForm.egoTieHint')}
        value={egoCloseness}
        options={closenessOptions}
        onChange={setEgoCloseness}
      />
      {egoCloseness !== 'none' && (
        <SelectField
          name="egoValence"
          label={t('ui.actorForm.egoValence')}
          value={egoValence}
          options={options.valences}
          onChange={setEgoValence}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('ui.actorForm.add')}
        </button>
      </div>
      <p className="form-status" role="status">
        {added.count > 0 ? t('ui.actorForm.added', { name: added.name }) : ''}
      </p>
    </form>
  );
}
