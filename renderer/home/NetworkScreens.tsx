// Shows the screen of the service's network that the route names. The app's frame owns the
// route (renderer/app/App.tsx); the cases and their maps stay the frame's own screens.
import { DirectoryScreen } from '../directory/DirectoryScreen';
import { PartnershipPage } from '../partnerships/PartnershipPage';
import { PartnershipsScreen } from '../partnerships/PartnershipsScreen';
import { ServiceMapScreen } from '../service-map/ServiceMapScreen';
import { HomeScreen } from './HomeScreen';
import type { NetworkRoute } from './routes';

interface NetworkScreensProps {
  route: NetworkRoute;
  onGo: (route: NetworkRoute) => void;
  onCases: () => void;
}

export function NetworkScreens({ route, onGo, onCases }: NetworkScreensProps) {
  const openPartnership = (id: string) => onGo({ view: 'partnership', id });
  switch (route.view) {
    case 'home':
      return <HomeScreen onGo={onGo} onCases={onCases} />;
    case 'directory':
      return <DirectoryScreen onOpenPartnership={openPartnership} />;
    case 'partnerships':
      return <PartnershipsScreen onOpen={openPartnership} deleted={route.deleted} />;
    case 'partnership':
      return (
        <PartnershipPage
          key={route.id}
          id={route.id}
          onBack={() => onGo({ view: 'partnerships' })}
          onDeleted={(title) => onGo({ view: 'partnerships', deleted: title })}
        />
      );
    case 'serviceMap':
      return <ServiceMapScreen />;
  }
}
