// The header's lock button (Ctrl+L does the same from anywhere).
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

export function LockButton() {
  const { t } = useTranslation();
  const { lock } = useSession();
  return (
    <button
      type="button"
      className="chip"
      title={t('security.lock.title')}
      aria-keyshortcuts="Control+L"
      onClick={() => void lock()}
    >
      <svg className="lock-icon" width="14" height="16" viewBox="0 0 14 16" aria-hidden="true">
        <rect x="1" y="7" width="12" height="8.5" rx="2" fill="currentColor" />
        <path d="M4 7V4.5a3 3 0 0 1 6 0V7" stroke="currentColor" strokeWidth="2" fill="none" />
      </svg>
      {t('security.lock.button')}
    </button>
  );
}
