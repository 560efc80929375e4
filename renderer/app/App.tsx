// The application frame: header with the language switch, the error area, the commands
// (shortcuts, palette, help, context menus) and the two screens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseListScreen } from '../cases/CaseListScreen';
import { CommandOverlays } from '../commands/CommandOverlays';
import { CommandsProvider } from '../commands/CommandsContext';
import { NoticesProvider, useNotices } from '../errors/Notices';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { MapScreen } from '../map/MapScreen';
import { Logo } from './Logo';

type Screen = { name: 'cases' } | { name: 'map'; caseId: string };

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
        <LanguageSwitch />
      </header>
      <NoticesProvider>
        <Commands>
          {screen.name === 'cases' ? (
            <CaseListScreen onOpen={(summary) => setScreen({ name: 'map', caseId: summary.id })} />
          ) : (
            <MapScreen
              key={screen.caseId}
              caseId={screen.caseId}
              onBack={() => setScreen({ name: 'cases' })}
            />
          )}
          <CommandOverlays />
        </Commands>
      </NoticesProvider>
    </div>
  );
}

/** The command registry, whose failures are shown like any other error. */
function Commands({ children }: { children: React.ReactNode }) {
  const { report } = useNotices();
  return <CommandsProvider onError={report}>{children}</CommandsProvider>;
}
