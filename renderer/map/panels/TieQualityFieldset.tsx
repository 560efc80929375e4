// Closeness, quality and direction of support of a tie, shared by the add and edit forms.
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, RadioGroup } from '../../forms/choices';
import { SelectField } from '../../forms/fields';
import type { FieldErrors } from '../../forms/validation';
import { useMapOptions } from './options';
import { DIRECTIONS, type TieQualityValues } from './tieForm';

interface TieQualityFieldsetProps {
  values: TieQualityValues;
  errors: FieldErrors;
  onChange: (change: Partial<TieQualityValues>) => void;
  /** Names of the two ends, to say who supports whom. */
  nameA: string;
  nameB: string;
}

export function TieQualityFieldset(props: TieQualityFieldsetProps) {
  const { values, errors, onChange, nameA, nameB } = props;
  const { t } = useTranslation();
  const options = useMapOptions();
  const names = { a: nameA, b: nameB };
  const directions = DIRECTIONS.map((value) => ({
    value,
    label: t(`ui.tieForm.direction.${value}`, names),
  }));
  const flowsForward = values.direction === 'forward' || values.direction === 'both';
  const flowsBackward = values.direction === 'backward' || values.direction === 'both';

  return (
    <>
      <SelectField
        name="closeness"
        label={t('ui.tieForm.closeness')}
        hint={t('ui.tieForm.closenessHint')}
        value={values.closeness}
        options={options.closeness}
        onChange={(closeness) => onChange({ closeness })}
        error={errors.closeness}
      />
      <SelectField
        name="valence"
        label={t('ui.tieForm.valence')}
        value={values.valence}
        options={options.valences}
        onChange={(valence) => onChange({ valence })}
        error={errors.valence}
      />
      <RadioGroup
        legend={t('ui.tieForm.directionLegend')}
        name="direction"
        value={values.direction}
        options={directions}
        onChange={(direction) => onChange({ direction })}
      />
      {flowsForward && (
        <CheckboxGroup
          legend={t('ui.tieForm.supportFrom', { from: nameA, to: nameB })}
          values={values.forward}
          options={options.supports}
          onChange={(forward) => onChange({ forward })}
          error={errors.supportForward}
        />
      )}
      {flowsBackward && (
        <CheckboxGroup
          legend={t('ui.tieForm.supportFrom', { from: nameB, to: nameA })}
          values={values.backward}
          options={options.supports}
          onChange={(backward) => onChange({ backward })}
          error={errors.supportBackward}
        />
      )}
    </>
  );
}
