// The header's security buttons: open the security screen, and lock now (Ctrl+L).
import { useTranslation } from 'react-i18next';
import { ShieldIcon } from '../app/HeaderIcons';
import { LockButton } from './LockButton';

export function SecurityButtons({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('security.screen.title')}>
      <button
        type="button"
        className="chip header-button"
        title={t('security.screen.title')}
        onClick={onOpen}
      >
        <ShieldIcon />
        <span className="header-label">{t('security.screen.open')}</span>
      </button>
      <LockButton />
    </div>
  );
}
