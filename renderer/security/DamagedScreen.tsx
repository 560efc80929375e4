// The data cannot be opened: a damaged file (restore the newest good backup, after a
// confirmation) or a missing key file (nothing to do here but explain).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/api/security';
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
  const [newest, setNewest] = useState<BackupInfo | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useEffect(() => {
    if (problem !== 'damaged_database') return;
    api['backups.list']({})
      .then((list) => setNewest(list[0] ?? null))
      .catch((error: unknown) => setOutcome(errorOutcome(t, error)));
  }, [api, problem, t]);

  const restore = async (backup: BackupInfo) => {
    setConfirming(false);
    try {
      session.update(await api['backups.restore']({ id: backup.id }));
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    }
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
          onConfirm={() => void restore(newest)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </SecurityFrame>
  );
}
