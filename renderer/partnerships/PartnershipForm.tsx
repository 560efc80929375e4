// Creates or edits a partnership: the project, the need, dates and status, the cases concerned,
// objectives, partners, the five principles and the formalisation. The title and the dates are
// checked before sending, with the store's own schema, and the message shows by the field.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/model';
import {
  OPEN_STATUSES,
  PartnershipFields,
  type DirectoryEntrySummary,
  type Partnership,
} from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { CasesFieldset } from './CasesFieldset';
import { Field, SelectBox } from './Field';
import { check, dateOrNull, type PathErrors } from './formErrors';
import { FormalisationFieldset } from './FormalisationFieldset';
import { ObjectivesFieldset } from './ObjectivesFieldset';
import { PartnersFieldset } from './PartnersFieldset';
import { blankPartnership, fieldsOf } from './partnershipValues';
import { PrinciplesFieldset } from './PrinciplesFieldset';
import { useCall } from './useCall';

interface PartnershipFormProps {
  partnership: Partnership | null;
  onSaved: (partnership: Partnership) => void;
}

export function PartnershipForm({ partnership, onSaved }: PartnershipFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [values, setValues] = useState<PartnershipFields>(() =>
    partnership ? fieldsOf(partnership) : blankPartnership(),
  );
  const [errors, setErrors] = useState<PathErrors>({});
  const [entries, setEntries] = useState<DirectoryEntrySummary[]>([]);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [status, setStatus] = useState('');
  const { busy, run } = useCall(setErrors);
  const set = (change: Partial<PartnershipFields>) => {
    setStatus('');
    setValues((was) => ({ ...was, ...change }));
  };

  useEffect(() => {
    let current = true;
    Promise.all([api['directory.list']({}), api['cases.list']({})]).then(
      ([list, summaries]) => {
        if (!current) return;
        setEntries(list);
        setCases(summaries);
      },
      (error: unknown) => current && report(error),
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // An empty date box is a missing date ("required"), not a malformed one.
    const input = { ...values, startOn: values.startOn || undefined };
    const checked = check(PartnershipFields, input);
    if (!checked.ok) return setErrors(checked.errors);
    // An ended partnership keeps its status: only its other fields can still be corrected.
    const { status: chosenStatus, ...rest } = checked.value;
    const patch = partnership?.status === 'ended' ? rest : { ...rest, status: chosenStatus };
    const saved = await run(() =>
      partnership
        ? api['partnerships.update']({ id: partnership.id, patch })
        : api['partnerships.create'](checked.value),
    );
    if (!saved) return;
    setStatus(t('partnerships.form.saved'));
    onSaved(saved);
  };

  const label = partnership ? partnership.title : t('partnerships.newTitle');
  return (
    <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={label}>
      <Field
        name="title"
        label={t('partnerships.form.title')}
        hint={t('partnerships.form.titleHint')}
        value={values.title}
        error={errors.title}
        onChange={(title) => set({ title })}
        autoFocus={!partnership}
      />
      <Field
        name="need"
        multiline
        label={t('partnerships.form.need')}
        hint={t('partnerships.form.needHint')}
        value={values.need}
        error={errors.need}
        onChange={(need) => set({ need })}
      />
      <div className="field-row">
        <Field
          name="startOn"
          type="date"
          label={t('partnerships.form.startOn')}
          value={values.startOn}
          error={errors.startOn}
          onChange={(startOn) => set({ startOn })}
        />
        <Field
          name="plannedEndOn"
          type="date"
          label={t('partnerships.form.plannedEndOn')}
          value={values.plannedEndOn ?? ''}
          error={errors.plannedEndOn}
          onChange={(text) => set({ plannedEndOn: dateOrNull(text) })}
        />
      </div>
      <div className="field-row">
        {partnership?.status !== 'ended' && (
          <SelectBox
            label={t('partnerships.form.status')}
            value={values.status}
            onChange={(status) => set({ status: status as PartnershipFields['status'] })}
          >
            {OPEN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`partnerships.status.${s}`)}
              </option>
            ))}
          </SelectBox>
        )}
        <Field
          name="evaluationsPerYear"
          type="number"
          min={1}
          max={12}
          label={t('partnerships.form.rhythm')}
          hint={t('partnerships.form.rhythmHint')}
          value={String(values.evaluationsPerYear)}
          error={errors.evaluationsPerYear}
          onChange={(text) => set({ evaluationsPerYear: Number(text) })}
        />
      </div>
      <CasesFieldset
        cases={cases}
        chosen={values.caseIds}
        onChange={(caseIds) => set({ caseIds })}
      />
      <ObjectivesFieldset
        objectives={values.objectives}
        errors={errors}
        onChange={(objectives) => set({ objectives })}
      />
      <PartnersFieldset
        partners={values.partners}
        entries={entries}
        errors={errors}
        onChange={(partners) => set({ partners })}
      />
      <PrinciplesFieldset
        principles={values.principles}
        onChange={(principles) => set({ principles })}
      />
      <FormalisationFieldset
        value={values.formalisation}
        errors={errors}
        onChange={(formalisation) => set({ formalisation })}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {partnership ? t('partnerships.form.update') : t('partnerships.form.save')}
        </button>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  );
}
