// Whether the partnership is formalised: a convention or a contract, signed when, its
// reference, and where the signed document is kept.
import { useTranslation } from 'react-i18next';
import { FORMALISATIONS, type Formalisation } from '../../shared/partnerships/model';
import { RadioGroup } from '../forms/choices';
import { Field } from './Field';
import { dateOrNull, type PathErrors } from './formErrors';

interface FormalisationFieldsetProps {
  value: Formalisation;
  errors: PathErrors;
  onChange: (value: Formalisation) => void;
}

export function FormalisationFieldset({ value, errors, onChange }: FormalisationFieldsetProps) {
  const { t } = useTranslation();
  const set = (change: Partial<Formalisation>) => onChange({ ...value, ...change });
  return (
    <fieldset className="rows">
      <legend>{t('partnerships.form.formalisation')}</legend>
      <RadioGroup
        legend={t('partnerships.form.formalisationKind')}
        name="formalisation"
        value={value.kind}
        options={FORMALISATIONS.map((kind) => ({
          value: kind,
          label: t(`partnerships.formalisations.${kind}`),
        }))}
        onChange={(kind) => set({ kind })}
      />
      {value.kind !== 'none' && (
        <div className="field-row">
          <Field
            name="signedOn"
            type="date"
            label={t('partnerships.form.signedOn')}
            value={value.signedOn ?? ''}
            error={errors['formalisation.signedOn']}
            onChange={(text) => set({ signedOn: dateOrNull(text) })}
          />
          <Field
            name="reference"
            label={t('partnerships.form.reference')}
            value={value.reference}
            error={errors['formalisation.reference']}
            onChange={(reference) => set({ reference })}
          />
        </div>
      )}
      {value.kind !== 'none' && (
        <Field
          name="documentPath"
          label={t('partnerships.form.documentPath')}
          hint={t('partnerships.form.documentPathHint')}
          value={value.documentPath}
          error={errors['formalisation.documentPath']}
          onChange={(documentPath) => set({ documentPath })}
        />
      )}
    </fieldset>
  );
}
