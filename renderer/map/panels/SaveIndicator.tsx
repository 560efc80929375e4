// The autosave state in the map header: "Enregistré" only once the store has acknowledged
// every edit; "Enregistrement…" while one is on its way; a failure stays visible, with a retry
// button and, as a last resort, an explicit (confirmed) way to give the edits up.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { useNotices } from '../../errors/Notices';
import { describeError } from '../../errors/describe';
import type { MapStore } from '../model/mapStore';
import { anyUnsaved } from '../model/saveQueue';
import { useSaveStatus } from '../model/useMapData';

export function SaveIndicator({ store }: { store: MapStore }) {
  const { t } = useTranslation();
  const { report } = useNotices();
  const status = useSaveStatus(store);
  const [confirming, setConfirming] = useState(false);
  const label =
    status.state === 'saved'
      ? t('ui.save.saved')
      : status.state === 'saving'
        ? t('ui.save.saving')
        : t('ui.save.failed');

  return (
    <div className={`save-state save-${status.state}`}>
      <p role="status" className="save-text">
        <span className="save-dot" aria-hidden="true" />
        {label}
        {status.state === 'failed' && (
          <span className="save-detail">
            {' '}
            · {t('ui.save.pending', { count: status.pending })} ·{' '}
            {t(describeError(status.error).key)}
          </span>
        )}
      </p>
      {status.state === 'failed' && (
        <>
          <p className="visually-hidden">{t('ui.save.failedDetail')}</p>
          <button type="button" className="button small" onClick={() => store.retrySave()}>
            {t('ui.save.retry')}
          </button>
          <button
            type="button"
            className="button small danger-text"
            onClick={() => setConfirming(true)}
          >
            {t('ui.save.discard')}
          </button>
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('ui.save.discardTitle')}
          message={t('ui.save.discardMessage', { count: status.pending })}
          confirmLabel={t('ui.save.discardConfirm')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={() => {
            setConfirming(false);
            store.discardUnsaved().catch(report);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

/**
 * Asks before the window closes while edits are still on their way to the store, whichever
 * screen made them: installed once, for the life of the page.
 */
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (event) => {
    if (!anyUnsaved()) return;
    event.preventDefault();
    // Older engines need a returnValue; browsers show their own text.
    event.returnValue = '';
  });
}
