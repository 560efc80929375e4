// The header's lock button. Ctrl+L does the same from anywhere: the registered command app.lock
// (useLockCommand.ts), whose shortcut this button shows in its tooltip and aria-keyshortcuts.
import { useTranslation } from 'react-i18next';
import { LockIcon } from '../app/HeaderIcons';
import { ariaShortcut } from '../commands/shortcuts';
import { useShortcutText } from '../commands/useShortcutText';
import { useSession } from './session';
import { LOCK_SHORTCUT } from './useLockCommand';

export function LockButton() {
  const { t } = useTranslation();
  const { lock } = useSession();
  const keys = useShortcutText()(LOCK_SHORTCUT).join('+');
  return (
    <button
      type="button"
      className="chip header-button"
      title={t('security.lock.title', { keys })}
      aria-keyshortcuts={ariaShortcut(LOCK_SHORTCUT)}
      onClick={() => void lock()}
    >
      <LockIcon />
      <span className="header-label">{t('security.lock.button')}</span>
    </button>
  );
}
