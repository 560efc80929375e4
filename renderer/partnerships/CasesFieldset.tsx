// The cases a partnership serves (none for a project of the whole service).
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/model';

interface CasesFieldsetProps {
  cases: readonly CaseSummary[];
  chosen: readonly string[];
  onChange: (caseIds: string[]) => void;
}

export function CasesFieldset({ cases, chosen, onChange }: CasesFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="choices">
      <legend>{t('partnerships.form.cases')}</legend>
      {cases.length === 0 && <p className="muted">{t('partnerships.form.noCase')}</p>}
      <div className="choice-list">
        {cases.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(c.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id),
                )
              }
            />
            <span>{c.pseudonym}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
