import { useSyncExternalStore } from 'react';
import type { MapData } from '../../../shared/model';
import type { HistoryState } from './history';
import type { MapStore } from './mapStore';
import type { SaveStatus } from './saveQueue';

/** The current snapshot of a map; the component re-renders when the map changes. */
export function useMapData(store: MapStore): MapData {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** Whether undo and redo are possible now. */
export function useHistory(store: MapStore): HistoryState {
  return useSyncExternalStore(store.subscribeHistory, store.getHistory);
}

/** Saved, saving, or failed (with the error), for the header's status. */
export function useSaveStatus(store: MapStore): SaveStatus {
  return useSyncExternalStore(store.subscribeSave, store.getSaveStatus);
}
