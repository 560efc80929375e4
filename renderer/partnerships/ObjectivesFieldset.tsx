// The common objectives, each measurable: what, and the indicator that tells it is achieved.
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../shared/partnerships/model';
import { Field } from './Field';
import { newRowId, type PathErrors } from './formErrors';

interface ObjectivesFieldsetProps {
  objectives: Objective[];
  errors: PathErrors;
  onChange: (objectives: Objective[]) => void;
}

export function ObjectivesFieldset({ objectives, errors, onChange }: ObjectivesFieldsetProps) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<Objective>) =>
    onChange(objectives.map((o, i) => (i === index ? { ...o, ...change } : o)));
  return (
    <fieldset className="rows">
      <legend>{t('partnerships.form.objectives')}</legend>
      {objectives.map((objective, index) => (
        <div className="row-card" key={objective.id}>
          <Field
            name={`objective-${index}`}
            label={`${t('partnerships.form.objectiveText')} ${index + 1}`}
            value={objective.text}
            error={errors[`objectives.${index}.text`]}
            onChange={(text) => set(index, { text })}
          />
          <Field
            name={`indicator-${index}`}
            label={`${t('partnerships.form.indicator')} ${index + 1}`}
            hint={t('partnerships.form.indicatorHint')}
            value={objective.indicator}
            error={errors[`objectives.${index}.indicator`]}
            onChange={(indicator) => set(index, { indicator })}
          />
          <button
            type="button"
            className="button small subtle danger-text"
            onClick={() => onChange(objectives.filter((_, i) => i !== index))}
          >
            {t('partnerships.form.removeObjective')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...objectives, { id: newRowId(), text: '', indicator: '' }])}
      >
        {t('partnerships.form.addObjective')}
      </button>
    </fieldset>
  );
}
