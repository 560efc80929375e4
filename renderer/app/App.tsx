// The application frame: header with the language switch, the error area, and the two screens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseListScreen } from '../cases/CaseListScreen';
import { NoticesProvider } from '../errors/Notices';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { MapScreen } from '../map/MapScreen';
import { SecurityButtons } from '../security/SecurityButtons';
import { SecurityScreen } from '../security/SecurityScreen';
import { Logo } from './Logo';

type Screen = { name: 'cases' } | { name: 'map'; caseId: string } | { name: 'security' };

export function App() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<Screen>({ name: 'cases' });
  return (
    <div className={screen.name === 'map' ? 'app map-mode' : 'app'}>
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <div className="header-actions">
          <SecurityButtons onOpen={() => setScreen({ name: 'security' })} />
          <LanguageSwitch />
        </div>
      </header>
      <NoticesProvider>
        {screen.name === 'security' ? (
          <SecurityScreen onBack={() => setScreen({ name: 'cases' })} />
        ) : screen.name === 'cases' ? (
          <CaseListScreen onOpen={(summary) => setScreen({ name: 'map', caseId: summary.id })} />
        ) : (
          <MapScreen
            key={screen.caseId}
            caseId={screen.caseId}
            onBack={() => setScreen({ name: 'cases' })}
          />
        )}
      </NoticesProvider>
    </div>
  );
}
