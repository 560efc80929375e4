// Where an entry is used: the cases whose ecomaps hold it, the partnerships it is a partner in;
// and its deletion, after a question that says what will change.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntrySummary, DirectoryUsage } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { deletionMessage } from './deletionMessage';

interface EntryUsageProps {
  entry: DirectoryEntrySummary;
  onDeleted: (entry: DirectoryEntrySummary) => void;
  onOpenPartnership: (id: string) => void;
}

export function EntryUsage({ entry, onDeleted, onOpenPartnership }: EntryUsageProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [usage, setUsage] = useState<DirectoryUsage | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let current = true;
    api['directory.usage']({ id: entry.id }).then(
      (found) => current && setUsage(found),
      (error: unknown) => current && report(error),
    );
    return () => {
      current = false;
    };
  }, [api, report, entry]);

  const remove = async () => {
    setAsking(false);
    try {
      await api['directory.delete']({ id: entry.id });
      onDeleted(entry);
    } catch (error) {
      report(error);
    }
  };

  const unused = usage && usage.cases.length === 0 && usage.partnerships.length === 0;
  return (
    <section className="usage" aria-labelledby={`usage-${entry.id}`}>
      <h3 id={`usage-${entry.id}`}>{t('directory.usage.title')}</h3>
      {unused && <p className="muted">{t('directory.usage.none')}</p>}
      {usage && usage.cases.length > 0 && (
        <>
          <h4>{t('directory.usage.cases')}</h4>
          <ul className="plain-list">
            {usage.cases.map((c) => (
              <li key={c.caseId}>
                {c.pseudonym}{' '}
                <span className="muted">
                  ({t('directory.usage.actors', { count: c.actorCount })})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {usage && usage.partnerships.length > 0 && (
        <>
          <h4>{t('directory.usage.partnerships')}</h4>
          <ul className="plain-list">
            {usage.partnerships.map((p) => (
              <li key={p.id}>
                <button type="button" className="link" onClick={() => onOpenPartnership(p.id)}>
                  {p.title}
                </button>{' '}
                <span className="muted">
                  {p.role ? `${p.role} · ` : ''}
                  {t(`partnerships.status.${p.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button
        type="button"
        className="button danger-text"
        disabled={!usage}
        onClick={() => setAsking(true)}
      >
        {t('directory.delete.button')}
      </button>
      {asking && usage && (
        <ConfirmDialog
          title={t('directory.delete.title', { name: entry.name })}
          message={deletionMessage(t, usage)}
          confirmLabel={t('ui.actions.delete')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setAsking(false)}
        />
      )}
    </section>
  );
}
