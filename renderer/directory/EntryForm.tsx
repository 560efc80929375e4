// Creates or edits an address-book entry. Warns while typing when the book already holds a
// name that reads the same, and then asks to confirm before saving a second one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DirectoryEntryFields,
  type DirectoryEntry,
  type DirectoryEntrySummary,
} from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { SelectField } from '../forms/fields';
import { Field } from '../partnerships/Field';
import { check, type PathErrors } from '../partnerships/formErrors';
import { useCall } from '../partnerships/useCall';
import { ContactsFieldset } from './ContactsFieldset';
import { useEntryOptions } from './options';
import { useSimilar } from './useSimilar';

const NEW_ENTRY: DirectoryEntryFields = {
  name: '',
  kind: 'organisation',
  sphere: 'formal_secondary',
  domain: 'health',
  address: '',
  contacts: [],
  notes: '',
};

interface EntryFormProps {
  entry: DirectoryEntrySummary | null;
  onSaved: (entry: DirectoryEntry) => void;
}

export function EntryForm({ entry, onSaved }: EntryFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const options = useEntryOptions();
  const [values, setValues] = useState<DirectoryEntryFields>(() =>
    entry ? { ...entry } : NEW_ENTRY,
  );
  const [errors, setErrors] = useState<PathErrors>({});
  const [allowDuplicate, setAllowDuplicate] = useState(false);
  const [status, setStatus] = useState('');
  const { busy, run } = useCall(setErrors);
  const renamed = !entry || values.name.trim() !== entry.name;
  const similar = useSimilar(renamed ? values.name : '', entry?.id);
  const set = (change: Partial<DirectoryEntryFields>) => {
    setStatus('');
    setValues((was) => ({ ...was, ...change }));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = check(DirectoryEntryFields, values);
    if (!checked.ok) return setErrors(checked.errors);
    if (similar.length > 0 && !allowDuplicate) return setErrors({ name: 'fieldIssues.duplicate' });
    const saved = await run(() =>
      entry
        ? api['directory.update']({ id: entry.id, patch: checked.value, allowDuplicate })
        : api['directory.create']({ ...checked.value, allowDuplicate }),
    );
    if (!saved) return;
    setStatus(
      entry ? t('directory.form.saved') : t('directory.form.created', { name: saved.name }),
    );
    if (!entry) {
      setValues({ ...NEW_ENTRY, kind: values.kind, sphere: values.sphere, domain: values.domain });
      setAllowDuplicate(false);
    }
    onSaved(saved);
  };

  const title = entry ? t('directory.editTitle', { name: entry.name }) : t('directory.newTitle');
  return (
    <form className="stack" noValidate onSubmit={(e) => void onSubmit(e)} aria-label={title}>
      <Field
        name="name"
        label={t('directory.form.name')}
        value={values.name}
        error={errors.name}
        onChange={(name) => set({ name })}
        autoFocus={!entry}
      />
      {similar.length > 0 && (
        <div className="warning" role="status">
          <p>
            {t('directory.form.duplicateWarning', {
              count: similar.length,
              names: similar.map((s) => `« ${s.name} »`).join(', '),
            })}
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={allowDuplicate}
              onChange={(event) => setAllowDuplicate(event.target.checked)}
            />
            <span>{t('directory.form.duplicateConfirm')}</span>
          </label>
        </div>
      )}
      <div className="field-row">
        <SelectField
          name="kind"
          label={t('directory.form.kind')}
          value={values.kind}
          options={options.kinds}
          onChange={(kind) => set({ kind })}
        />
        <SelectField
          name="domain"
          label={t('directory.form.domain')}
          value={values.domain}
          options={options.domains}
          onChange={(domain) => set({ domain })}
        />
      </div>
      <SelectField
        name="sphere"
        label={t('directory.form.sphere')}
        value={values.sphere}
        options={options.spheres}
        onChange={(sphere) => set({ sphere })}
      />
      <Field
        name="address"
        multiline
        label={t('directory.form.address')}
        value={values.address}
        error={errors.address}
        onChange={(address) => set({ address })}
      />
      <ContactsFieldset
        contacts={values.contacts}
        errors={errors}
        onChange={(contacts) => set({ contacts })}
      />
      <Field
        name="notes"
        multiline
        label={t('directory.form.notes')}
        value={values.notes}
        error={errors.notes}
        onChange={(notes) => set({ notes })}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {t('directory.form.save')}
        </button>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
    </form>
  );
}
