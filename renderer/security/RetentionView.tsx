// Closing cases and retention: close a case on a date, see when each closed case is proposed
// for erasure, reopen one, or erase it for good after a confirmation.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRetention } from '../../shared/api/security';
import type { CaseSummary } from '../../shared/model';
import { useApi } from '../bridge/ApiContext';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { SelectField } from '../forms/fields';
import { errorOutcome, formatDate, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';

const today = () => new Date().toISOString().slice(0, 10);

export function RetentionView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const dateId = useId();
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [closed, setClosed] = useState<CaseRetention[]>([]);
  const [years, setYears] = useState<number | null>(null);
  const [caseId, setCaseId] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const [erasing, setErasing] = useState<CaseRetention | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const day = (iso: string) => formatDate(i18n.language, iso, false);

  const load = useCallback(
    () => Promise.all([api['cases.list']({}), api['retention.list']({}), api['settings.get']({})]),
    [api],
  );
  const show = ([all, retained, settings]: Awaited<ReturnType<typeof load>>) => {
    setCases(all);
    setClosed(retained);
    setYears(settings.retentionYears);
  };
  const reload = async () => {
    try {
      show(await load());
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    }
  };
  useEffect(() => {
    load().then(
      ([all, retained, settings]) => {
        setCases(all);
        setClosed(retained);
        setYears(settings.retentionYears);
      },
      (error: unknown) => setOutcome(errorOutcome(t, error)),
    );
  }, [load, t]);

  const run = async (work: () => Promise<string>) => {
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', text: await work() });
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    }
    await reload();
  };

  const onClose = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api['cases.close']({ id: caseId, closedOn });
      setCaseId('');
      return t('security.retention.closed');
    });
  };

  const closedIds = new Set(closed.map((c) => c.caseId));
  const open = cases.filter((c) => !closedIds.has(c.id));
  return (
    <div className="security-view">
      {years !== null && <p className="muted">{t('security.retention.intro', { count: years })}</p>}
      <form className="security-form" onSubmit={onClose} noValidate>
        <h3>{t('security.retention.closeTitle')}</h3>
        <SelectField
          label={t('security.retention.case')}
          name="case"
          value={caseId}
          onChange={setCaseId}
          options={[
            { value: '', label: t('security.retention.choose') },
            ...open.map((c) => ({ value: c.id, label: c.pseudonym })),
          ]}
        />
        <div className="field">
          <label htmlFor={dateId}>{t('security.retention.closedOn')}</label>
          <input
            id={dateId}
            type="date"
            name="closedOn"
            value={closedOn}
            max={today()}
            onChange={(event) => setClosedOn(event.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={caseId === '' || closedOn === ''}>
          {t('security.retention.close')}
        </button>
      </form>
      <OutcomeLine outcome={outcome} />
      <h3>{t('security.retention.listTitle')}</h3>
      {closed.length === 0 ? (
        <p className="empty-state">{t('security.retention.none')}</p>
      ) : (
        <ul className="retention-list">
          {closed.map((item) => (
            <li key={item.caseId} className={item.due ? 'retention-item due' : 'retention-item'}>
              <div>
                <strong>{item.pseudonym}</strong>
                {item.due && <span className="due-badge">{t('security.retention.due')}</span>}
                <p className="muted">
                  {t('security.retention.closedOnDate', { date: day(item.closedOn) })} ·{' '}
                  {t('security.retention.eraseFrom', { date: day(item.eraseFrom) })}
                </p>
              </div>
              <div className="retention-actions">
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    void run(async () => {
                      await api['cases.close']({ id: item.caseId, closedOn: null });
                      return t('security.retention.reopen');
                    })
                  }
                >
                  {t('security.retention.reopen')}
                </button>
                <button
                  type="button"
                  className="button small danger"
                  onClick={() => setErasing(item)}
                >
                  {t('security.retention.erase')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {erasing && (
        <ConfirmDialog
          title={t('security.retention.confirmTitle')}
          message={t('security.retention.confirmMessage', { pseudonym: erasing.pseudonym })}
          confirmLabel={t('security.retention.erase')}
          cancelLabel={t('security.retention.cancel')}
          onConfirm={() => {
            const target = erasing;
            setErasing(null);
            void run(async () => {
              await api['cases.erase']({ id: target.caseId });
              return t('security.retention.erased');
            });
          }}
          onCancel={() => setErasing(null)}
        />
      )}
    </div>
  );
}
