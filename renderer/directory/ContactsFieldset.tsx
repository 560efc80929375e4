// The named people of an organisation: name, position, phone, e-mail; rows added and removed.
import { useTranslation } from 'react-i18next';
import type { DirectoryContact } from '../../shared/partnerships/model';
import type { PathErrors } from '../partnerships/formErrors';
import { Field } from '../partnerships/Field';

interface ContactsFieldsetProps {
  contacts: DirectoryContact[];
  errors: PathErrors;
  onChange: (contacts: DirectoryContact[]) => void;
}

const EMPTY: DirectoryContact = { name: '', role: '', phone: '', email: '' };

export function ContactsFieldset({ contacts, errors, onChange }: ContactsFieldsetProps) {
  const { t } = useTranslation();
  const set = (index: number, change: Partial<DirectoryContact>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <fieldset className="rows">
      <legend>{t('directory.form.contacts')}</legend>
      {contacts.map((contact, index) => (
        <div className="row-card" key={index}>
          <Field
            name={`contact-name-${index}`}
            label={t('directory.form.contactName')}
            value={contact.name}
            error={errors[`contacts.${index}.name`]}
            onChange={(name) => set(index, { name })}
          />
          <Field
            name={`contact-role-${index}`}
            label={t('directory.form.contactRole')}
            value={contact.role}
            error={errors[`contacts.${index}.role`]}
            onChange={(role) => set(index, { role })}
          />
          <Field
            name={`contact-phone-${index}`}
            type="tel"
            label={t('directory.form.phone')}
            value={contact.phone}
            error={errors[`contacts.${index}.phone`]}
            onChange={(phone) => set(index, { phone })}
          />
          <Field
            name={`contact-email-${index}`}
            type="email"
            label={t('directory.form.email')}
            value={contact.email}
            error={errors[`contacts.${index}.email`]}
            onChange={(email) => set(index, { email })}
          />
          <button
            type="button"
            className="button small subtle danger-text"
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            {t('directory.form.removeContact')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => onChange([...contacts, { ...EMPTY }])}
      >
        {t('directory.form.addContact')}
      </button>
    </fieldset>
  );
}
