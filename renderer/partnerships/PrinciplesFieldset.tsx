// The five principles of partnership action, as a checklist with a comment each.
import { useTranslation } from 'react-i18next';
import { PRINCIPLES, type Principles } from '../../shared/partnerships/model';
import { Field } from './Field';

interface PrinciplesFieldsetProps {
  principles: Principles;
  onChange: (principles: Principles) => void;
}

export function PrinciplesFieldset({ principles, onChange }: PrinciplesFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="rows">
      <legend>{t('partnerships.form.principles')}</legend>
      {PRINCIPLES.map((principle) => {
        const value = principles[principle];
        const set = (change: Partial<typeof value>) =>
          onChange({ ...principles, [principle]: { ...value, ...change } });
        return (
          <div className="principle" key={principle}>
            <label className="choice">
              <input
                type="checkbox"
                checked={value.checked}
                onChange={(event) => set({ checked: event.target.checked })}
              />
              <span>
                <strong>{t(`partnerships.principles.${principle}`)}</strong>
                <span className="muted"> — {t(`partnerships.principleHints.${principle}`)}</span>
              </span>
            </label>
            <Field
              name={`principle-${principle}`}
              label={t('partnerships.form.principleComment', {
                principle: t(`partnerships.principles.${principle}`),
              })}
              value={value.comment}
              onChange={(comment) => set({ comment })}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
