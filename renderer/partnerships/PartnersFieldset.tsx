// The partners, chosen from the address book, each with the role it takes on in the project and
// its stage in the translation ladder (problematisation → mobilisation).
import { useTranslation } from 'react-i18next';
import type { DirectoryEntrySummary, PartnerRef } from '../../shared/partnerships/model';
import { TRANSLATION_STAGES } from '../../shared/partnerships/model';
import { Field, SelectBox } from './Field';
import type { PathErrors } from './formErrors';

interface PartnersFieldsetProps {
  partners: PartnerRef[];
  entries: readonly DirectoryEntrySummary[];
  errors: PathErrors;
  onChange: (partners: PartnerRef[]) => void;
}

export function PartnersFieldset({ partners, entries, errors, onChange }: PartnersFieldsetProps) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<PartnerRef>) =>
    onChange(partners.map((p, i) => (i === index ? { ...p, ...change } : p)));
  const taken = new Set(partners.map((p) => p.entryId));
  const free = entries.filter((e) => !taken.has(e.id));
  const nameOf = (id: string) => entries.find((e) => e.id === id)?.name ?? '?';
  return (
    <fieldset className="rows">
      <legend>{t('partnerships.form.partners')}</legend>
      {entries.length === 0 && <p className="muted">{t('partnerships.form.noDirectory')}</p>}
      {partners.map((partner, index) => {
        const error = errors[`partners.${index}.entryId`];
        return (
          <div className="row-card" key={partner.entryId}>
            <p className="row-title">{nameOf(partner.entryId)}</p>
            {error && <p className="field-error">{t(error)}</p>}
            <Field
              name={`partner-role-${index}`}
              label={`${t('partnerships.form.role')} (${nameOf(partner.entryId)})`}
              value={partner.role}
              error={errors[`partners.${index}.role`]}
              onChange={(role) => set(index, { role })}
            />
            <SelectBox
              label={`${t('partnerships.form.stage')} (${nameOf(partner.entryId)})`}
              value={partner.stage}
              onChange={(stage) => set(index, { stage: stage as PartnerRef['stage'] })}
            >
              {TRANSLATION_STAGES.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`partnerships.stages.${stage}`)}
                </option>
              ))}
            </SelectBox>
            <button
              type="button"
              className="button small subtle danger-text"
              onClick={() => onChange(partners.filter((_, i) => i !== index))}
            >
              {t('partnerships.form.removePartner')}
            </button>
          </div>
        );
      })}
      {free.length > 0 && (
        <SelectBox
          label={t('partnerships.form.addPartner')}
          value=""
          onChange={(entryId) => {
            if (entryId === '') return;
            onChange([...partners, { entryId, role: '', stage: 'problematisation' }]);
          }}
        >
          <option value="">{t('partnerships.form.choosePartner')}</option>
          {free.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.name} · {t(`enums.domain.${entry.domain}`)}
            </option>
          ))}
        </SelectBox>
      )}
    </fieldset>
  );
}
