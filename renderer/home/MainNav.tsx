// The header's navigation between the home screen, the cases, the address book, the
// partnerships and the service's map. `current` marks the open one (aria-current).
import { useTranslation } from 'react-i18next';
import type { NetworkRoute } from './routes';

export type MainPlace = 'home' | 'cases' | 'directory' | 'partnerships' | 'serviceMap';
const PLACES: readonly MainPlace[] = ['home', 'cases', 'directory', 'partnerships', 'serviceMap'];

interface MainNavProps {
  current: MainPlace | null;
  onGo: (place: MainPlace) => void;
}

export function MainNav({ current, onGo }: MainNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('home.nav.label')}>
      {PLACES.map((place) => (
        <button
          key={place}
          type="button"
          className="chip"
          aria-current={current === place ? 'page' : undefined}
          onClick={() => onGo(place)}
        >
          {t(`home.nav.${place}`)}
        </button>
      ))}
    </nav>
  );
}

/** The navigation entry a network route belongs to (a partnership's page: "Partnerships"). */
export function placeOf(route: NetworkRoute): MainPlace {
  return route.view === 'partnership' ? 'partnerships' : route.view;
}

/** The route of a navigation entry other than the cases (which the frame shows itself). */
export function routeOf(place: Exclude<MainPlace, 'cases'>): NetworkRoute {
  return { view: place };
}
