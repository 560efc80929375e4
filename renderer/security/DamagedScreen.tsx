// The data cannot be opened: a damaged file (restore the newest backup that passes its check,
// after a confirmation) or a missing key file (nothing to do here but explain).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/api/security';
import { MaillageError } from '../../shared/errors';
import { useApi } from '../bridge/ApiContext';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { errorOutcome, formatDate, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { useSession } from './session';
import { SecurityFrame } from './SecurityFrame';

export function DamagedScreen() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const problem = session.status.problem ?? 'damaged_database';
  const [backups, setBackups] = useState<BackupInfo[] | undefined>(undefined);
  const newest = backups === undefined ? undefined : (backups[0] ?? null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    if (problem !== 'damaged_database') return;
    api['backups.list']({})
      .then(setBackups)
      .catch((error: unknown) => setOutcome(errorOutcome(t, error)));
  }, [api, problem, t]);

  /** The newest backup that passes its check: a damaged one is skipped for the next. */
  const restoreNewestGood = async (list: BackupInfo[]) => {
    setConfirming(false);
    let failure: unknown = null;
    for (const backup of list) {
      try {
        session.update(await api['backups.restore']({ id: backup.id }));
        return;
      } catch (error) {
        failure = error;
        if (!(error instanceof MaillageError && error.code === 'db_corrupt')) break;
      }
    }
    setOutcome(errorOutcome(t, failure));
  };

  return (
    <SecurityFrame title={t('security.damaged.title')}>
      <p>{t(`security.damaged.${problem}`)}</p>
      {problem === 'damaged_database' && newest === null && (
        <p className="muted">{t('security.damaged.noBackup')}</p>
      )}
      {problem === 'damaged_database' && newest && (
        <p>
          <button type="button" className="button primary" onClick={() => setConfirming(true)}>
            {t('security.damaged.restoreNewest')}
          </button>{' '}
          <span className="muted">{formatDate(i18n.language, newest.createdAt)}</span>
        </p>
      )}
      <OutcomeLine outcome={outcome} />
      {confirming && newest && (
        <ConfirmDialog
          title={t('security.backups.confirmTitle')}
          message={t('security.backups.confirmMessage', {
            date: formatDate(i18n.language, newest.createdAt),
          })}
          confirmLabel={t('security.backups.restore')}
          cancelLabel={t('security.backups.cancel')}
          onConfirm={() => void restoreNewestGood(backups ?? [])}
          onCancel={() => setConfirming(false)}
        />
      )}
    </SecurityFrame>
  );
}
