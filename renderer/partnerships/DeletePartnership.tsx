// Deleting a partnership created by mistake (a duplicate, a wrong service): a question that
// names it and says what goes and what stays, then one call. A project that is over is ended
// instead (EndForm), so its history stays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../shared/partnerships/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { partnershipDeletionMessage } from './deletionMessage';

interface DeletePartnershipProps {
  partnership: Partnership;
  /** Called once the store has deleted it, with its title for the message that follows. */
  onDeleted: (title: string) => void;
}

export function DeletePartnership({ partnership, onDeleted }: DeletePartnershipProps) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setAsking(false);
    setBusy(true);
    try {
      await api['partnerships.delete']({ id: partnership.id });
    } catch (error) {
      report(error);
      setBusy(false);
      return;
    }
    onDeleted(partnership.title);
  };

  return (
    <>
      <p className="muted">{t('partnerships.delete.hint')}</p>
      <button
        type="button"
        className="button danger-text"
        disabled={busy}
        onClick={() => setAsking(true)}
      >
        {t('partnerships.delete.button')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('partnerships.delete.question', { title: partnership.title })}
          message={partnershipDeletionMessage(t, partnership)}
          confirmLabel={t('ui.actions.deleteForever')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setAsking(false)}
        />
      )}
    </>
  );
}
