// Backups: the list with dates and sizes, a backup now, a restore after a confirmation, and a
// copy to a folder the user names (a USB stick).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/api/security';
import { useApi } from '../bridge/ApiContext';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { TextField } from '../forms/fields';
import { errorOutcome, formatDate, type Outcome } from './messages';
import { OutcomeLine } from './OutcomeLine';
import { useSession } from './session';

export function BackupsView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const session = useSession();
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [folder, setFolder] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const date = (iso: string) => formatDate(i18n.language, iso);

  const reload = useCallback(async () => {
    try {
      setBackups(await api['backups.list']({}));
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    }
  }, [api, t]);
  useEffect(() => {
    api['backups.list']({}).then(setBackups, (error: unknown) =>
      setOutcome(errorOutcome(t, error)),
    );
  }, [api, t]);

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome({ kind: 'done', text: await work() });
    } catch (error) {
      setOutcome(errorOutcome(t, error));
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const restore = (backup: BackupInfo) => {
    setRestoring(null);
    void run(async () => {
      const status = await api['backups.restore']({ id: backup.id });
      session.update(status);
      return t('security.backups.restored', { date: date(backup.createdAt) });
    });
  };

  const onExport = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const { file } = await api['backups.exportTo']({ folder });
      return t('security.backups.exported', { file });
    });
  };

  return (
    <div className="security-view">
      <p className="muted">{t('security.backups.intro')}</p>
      <p>
        <button
          type="button"
          className="button primary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await api['backups.create']({});
              return t('security.backups.created');
            })
          }
        >
          {t('security.backups.create')}
        </button>
      </p>
      <OutcomeLine outcome={outcome} />
      {backups.length === 0 ? (
        <p className="empty-state">{t('security.backups.empty')}</p>
      ) : (
        <table className="security-table" aria-label={t('security.backups.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('security.backups.date')}</th>
              <th scope="col">{t('security.backups.reason')}</th>
              <th scope="col">{t('security.backups.size')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('security.backups.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{date(backup.createdAt)}</td>
                <td>{t(`security.backups.reasons.${backup.reason}`)}</td>
                <td>
                  {t('security.backups.sizeKb', {
                    size: Math.max(1, Math.round(backup.sizeBytes / 1024)).toLocaleString(
                      i18n.language,
                    ),
                  })}
                </td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    disabled={busy}
                    onClick={() => setRestoring(backup)}
                  >
                    {t('security.backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="security-form" onSubmit={onExport}>
        <h3>{t('security.backups.exportTitle')}</h3>
        <p className="muted">{t('security.backups.exportIntro')}</p>
        <TextField
          label={t('security.backups.folder')}
          name="folder"
          value={folder}
          onChange={setFolder}
          hint={t('security.backups.folderHint')}
        />
        <button type="submit" className="button" disabled={busy || folder.trim() === ''}>
          {t('security.backups.export')}
        </button>
      </form>
      {restoring && (
        <ConfirmDialog
          title={t('security.backups.confirmTitle')}
          message={t('security.backups.confirmMessage', { date: date(restoring.createdAt) })}
          confirmLabel={t('security.backups.restore')}
          cancelLabel={t('security.backups.cancel')}
          onConfirm={() => restore(restoring)}
          onCancel={() => setRestoring(null)}
        />
      )}
    </div>
  );
}
