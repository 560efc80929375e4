// The journal of one case: every change, oldest first, and its export (the right of access).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../shared/api/security';
import type { CaseSummary } from '../../shared/model';
import { useApi } from '../bridge/ApiContext';
import { SelectField } from '../forms/fields';
import { errorOutcome, formatDate, saveTextFile, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';

export function AuditView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [caseId, setCaseId] = useState('');
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    api['cases.list']({})
      .then(setCases)
      .catch((error: unknown) => setOutcome(errorOutcome(t, error)));
  }, [api, t]);

  useEffect(() => {
    if (caseId === '') return;
    api['audit.list']({ caseId })
      .then(setEntries)
      .catch((error: unknown) => setOutcome(errorOutcome(t, error)));
  }, [api, caseId, t]);

  const exportJournal = async () => {
    try {
      const file = await api['audit.export']({ caseId });
      saveTextFile(file.fileName, file.mediaType, file.content);
      setOutcome({ kind: 'done', text: t('security.audit.exported', { file: file.fileName }) });
      setEntries(await api['audit.list']({ caseId }));
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    }
  };

  const options = [
    { value: '', label: t('security.audit.choose') },
    ...cases.map((c) => ({ value: c.id, label: c.pseudonym })),
  ];
  return (
    <div className="security-view">
      <p className="muted">{t('security.audit.intro')}</p>
      <SelectField
        label={t('security.audit.case')}
        name="case"
        value={caseId}
        onChange={setCaseId}
        options={options}
      />
      <OutcomeLine outcome={outcome} />
      {caseId !== '' && (
        <>
          <p>
            <button type="button" className="button" onClick={() => void exportJournal()}>
              {t('security.audit.export')}
            </button>
          </p>
          {entries.length === 0 ? (
            <p className="empty-state">{t('security.audit.empty')}</p>
          ) : (
            <table className="security-table">
              <thead>
                <tr>
                  <th scope="col">{t('security.audit.when')}</th>
                  <th scope="col">{t('security.audit.entity')}</th>
                  <th scope="col">{t('security.audit.action')}</th>
                  <th scope="col">{t('security.audit.profile')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.seq}>
                    <td>{formatDate(i18n.language, entry.at)}</td>
                    <td>{t(`security.audit.entities.${entry.entity}`)}</td>
                    <td>{t(`security.audit.actions.${entry.action}`)}</td>
                    <td>{entry.profile}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </div>
  );
}
