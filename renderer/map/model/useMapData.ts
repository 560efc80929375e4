import { useSyncExternalStore } from 'react';
import type { MapData } from '../../../shared/model';
import type { MapStore } from './mapStore';

/** The current snapshot of a map; the component re-renders when the map changes. */
export function useMapData(store: MapStore): MapData {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
