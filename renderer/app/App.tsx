// The application frame: the header (AppHeader), the error area, the commands (shortcuts,
// palette, help, context menus, lock) and the screens.
import { useState } from 'react';
import { CaseListScreen } from '../cases/CaseListScreen';
import { CommandOverlays } from '../commands/CommandOverlays';
import { CommandsProvider } from '../commands/CommandsContext';
import { NoticesProvider, useNotices } from '../errors/Notices';
import { placeOf, routeOf, type MainPlace } from '../home/MainNav';
import { NetworkScreens } from '../home/NetworkScreens';
import type { NetworkRoute } from '../home/routes';
import { MapScreen } from '../map/MapScreen';
import { PrivacyProvider, PrivateScope } from '../reviews/privacy';
import { ReviewsScreen } from '../reviews/ReviewsScreen';
import { SecurityScreen } from '../security/SecurityScreen';
import { useLockCommand } from '../security/useLockCommand';
import { AppHeader } from './AppHeader';

type Screen =
  | { name: 'cases' }
  | { name: 'map'; caseId: string }
  | { name: 'reviews'; caseId: string }
  | { name: 'security' }
  | { name: 'network'; route: NetworkRoute };

export function App() {
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
        <AppHeader
          current={
            place === 'security' ? null : place === 'map' || place === 'reviews' ? 'cases' : place
          }
          onGo={go}
          onSecurity={() => setScreen({ name: 'security' })}
        />
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
              <SessionCommands />
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

/** The app-wide commands that need the open session: lock now (Ctrl+L). */
function SessionCommands() {
  useLockCommand();
  return null;
}
