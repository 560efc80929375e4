// The app's header: the brand, the main navigation and the actions (pseudonymise, security, lock,
// language). One row from 1280 px wide: as the window narrows the tagline, then the actions'
// labels (icons stay, with their text as accessible name and tooltip), then the app's name give
// way (app.css). Narrower than that, the navigation moves to a second row.
import { useTranslation } from 'react-i18next';
import { MainNav, type MainPlace } from '../home/MainNav';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { PseudonymToggle } from '../reviews/privacy';
import { SecurityButtons } from '../security/SecurityButtons';
import { Logo } from './Logo';

interface AppHeaderProps {
  current: MainPlace | null;
  onGo: (place: MainPlace) => void;
  onSecurity: () => void;
}

export function AppHeader({ current, onGo, onSecurity }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="brand">
        <Logo />
        <div className="brand-text">
          <p className="brand-name">{t('app.name')}</p>
          <p className="brand-tagline">{t('app.tagline')}</p>
        </div>
      </div>
      <MainNav current={current} onGo={onGo} />
      <div className="header-actions">
        <PseudonymToggle />
        <SecurityButtons onOpen={onSecurity} />
        <LanguageSwitch />
      </div>
    </header>
  );
}
