// The fields of an actor, shared by the add form and the edit panel.
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../forms/fields';
import type { FieldErrors } from '../../forms/validation';
import type { ActorFormValues } from './actorForm';
import { useMapOptions } from './options';

interface ActorFieldsetProps {
  values: ActorFormValues;
  errors: FieldErrors;
  onChange: (change: Partial<ActorFormValues>) => void;
  autoFocus?: boolean;
}

export function ActorFieldset({ values, errors, onChange, autoFocus }: ActorFieldsetProps) {
  const { t } = useTranslation();
  const options = useMapOptions();
  return (
    <>
      <TextField
        name="name"
        label={t('ui.actorForm.name')}
        value={values.name}
        onChange={(name) => onChange({ name })}
        error={errors.name}
        required
        autoFocus={autoFocus}
      />
      <SelectField
        name="kind"
        label={t('ui.actorForm.kind')}
        value={values.kind}
        options={options.kinds}
        onChange={(kind) => onChange({ kind })}
        error={errors.kind}
      />
      <TextField
        name="roleLabel"
        label={t('ui.actorForm.roleLabel')}
        hint={t('ui.actorForm.roleLabelHint')}
        value={values.roleLabel}
        onChange={(roleLabel) => onChange({ roleLabel })}
        error={errors.roleLabel}
      />
      <SelectField
        name="sphere"
        label={t('ui.actorForm.sphere')}
        value={values.sphere}
        options={options.spheres}
        onChange={(sphere) => onChange({ sphere })}
        error={errors.sphere}
      />
      <SelectField
        name="domain"
        label={t('ui.actorForm.domain')}
        value={values.domain}
        options={options.domains}
        onChange={(domain) => onChange({ domain })}
        error={errors.domain}
      />
    </>
  );
}
