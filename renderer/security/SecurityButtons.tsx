// The header's security buttons: open the security screen, and lock now (Ctrl+L).
import { useTranslation } from 'react-i18next';
import { LockButton } from './LockButton';

export function SecurityButtons({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('security.screen.title')}>
      <button type="button" className="chip" onClick={onOpen}>
        {t('security.screen.open')}
      </button>
      <LockButton />
    </div>
  );
}
