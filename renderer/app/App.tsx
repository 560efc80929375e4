// The application frame: header with the language switch, the error area, the commands
// (shortcuts, palette, help, context menus) and the two screens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseListScreen } from '../cases/CaseListScreen';
import { CommandOverlays } from '../commands/CommandOverlays';
import { CommandsProvider } from '../commands/CommandsContext';
import { NoticesProvider, useNotices } from '../errors/Notices';
import { MainNav, placeOf, routeOf, type MainPlace } from '../home/MainNav';
import { NetworkScreens } from '../home/NetworkScreens';
import type { NetworkRoute } from '../home/routes';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { MapScreen } from '../map/MapScreen';
import { PrivacyProvider, PrivateScope, PseudonymToggle } from '../reviews/privacy';
import { ReviewsScreen } from '../reviews/ReviewsScreen';
import { SecurityButtons } from '../security/SecurityButtons';
import { SecurityScreen } from '../security/SecurityScreen';
import { Logo } from './Logo';

type Screen =
  | { name: 'cases' }
  | { name: 'map'; caseId: string }
  | { name: 'reviews'; caseId: string }
  | { name: 'security' }
  | { name: 'network'; route: NetworkRoute };

export function App() {
  const { t } = useTranslation();
  // The home screen first: due evaluations and the ways into cases and the service's network.
  const [screen, setScreen] = useState<Screen>({ name: 'network', route: { view: 'home' } });
  const go = (place: MainPlace) =>
    setScreen(place === 'cases' ? { name: 'cases' } : { name: 'network', route: routeOf(place) });
  const place = screen.name === 'network' ? placeOf(screen.route) : screen.name;
  return (
    // One switch hides the names everywhere (issue 6): every screen below reads the store through
    // PrivateScope, which pseudonymises the answers while the switch is on.
    <PrivacyProvider>
      <div className={screen.name === 'map' ? 'app map-mode' : 'app'}>
        <header className="app-header">
          <div className="brand">
            <Logo />
            <div>
              <p className="brand-name">{t('app.name')}</p>
              <p className="brand-tagline">{t('app.tagline')}</p>
            </div>
          </div>
          <MainNav
            current={
              place === 'security' ? null : place === 'map' || place === 'reviews' ? 'cases' : place
            }
            onGo={go}
          />
          <div className="header-actions">
            <PseudonymToggle />
            <SecurityButtons onOpen={() => setScreen({ name: 'security' })} />
            <LanguageSwitch />
          </div>
        </header>
        <NoticesProvider>
          <PrivateScope>
            <Commands>
              {screen.name === 'security' ? (
                <SecurityScreen onBack={() => setScreen({ name: 'cases' })} />
              ) : screen.name === 'network' ? (
                <NetworkScreens
                  route={screen.route}
                  onGo={(route) => setScreen({ name: 'network', route })}
                  onCases={() => setScreen({ name: 'cases' })}
                />
              ) : screen.name === 'cases' ? (
                <CaseListScreen
                  onOpen={(summary) => setScreen({ name: 'map', caseId: summary.id })}
                />
              ) : screen.name === 'reviews' ? (
                <ReviewsScreen
                  key={screen.caseId}
                  caseId={screen.caseId}
                  onBack={() => setScreen({ name: 'map', caseId: screen.caseId })}
                />
              ) : (
                <MapScreen
                  key={screen.caseId}
                  caseId={screen.caseId}
                  onBack={() => setScreen({ name: 'cases' })}
                  onReviews={() => setScreen({ name: 'reviews', caseId: screen.caseId })}
                />
              )}
              <CommandOverlays />
            </Commands>
          </PrivateScope>
        </NoticesProvider>
      </div>
    </PrivacyProvider>
  );
}

/** The command registry, whose failures are shown like any other error. */
function Commands({ children }: { children: React.ReactNode }) {
  const { report } = useNotices();
  return <CommandsProvider onError={report}>{children}</CommandsProvider>;
}
