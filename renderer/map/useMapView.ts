// The map screen's state once its map is loaded (MapScreen.tsx draws it): the selection, the
// view, the side panel's requests, the announcements, leaving with edits still on their way,
// the gestures made on the map, and the screen's commands. While names are hidden the store is
// read-only: no gesture is offered (`onGesture` is undefined, so the canvas neither drags nor
// draws ties), and the commands that edit are not registered (useMapCommands).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandRegistry } from '../commands/CommandsContext';
import { useMapCommands, type MapView } from '../commands/useMapCommands';
import type { MapStore } from './model/mapStore';
import { useMapData } from './model/useMapData';
import { useMapInteraction } from './useMapInteraction';

export function useMapView(store: MapStore, onBack: () => void) {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  const data = useMapData(store);
  const [view, setView] = useState<MapView>('map');
  const quickAddRef = useRef<HTMLInputElement>(null);
  const { pseudonym } = data.case;
  const [leaving, setLeaving] = useState(false);
  // Leaving with edits still on their way asks first; they keep being sent either way.
  const back = useCallback(() => {
    if (store.getSaveStatus().pending > 0) setLeaving(true);
    else onBack();
  }, [store, onBack]);

  const interaction = useMapInteraction(store, data);
  const { selection: live, setSelection, openPanel, setAnnouncement } = interaction;

  useMapCommands({
    store,
    registry,
    selection: live,
    select: setSelection,
    view,
    setView,
    openPanel,
    announce: setAnnouncement,
    focusQuickAdd: () => quickAddRef.current?.focus(),
    onBack: back,
    t,
  });

  useEffect(() => {
    document.title = `${pseudonym} · Maillage`;
    return () => {
      document.title = 'Maillage';
    };
  }, [pseudonym]);

  return {
    data,
    registry,
    editable: !store.readOnly,
    ...interaction,
    view,
    setView,
    quickAddRef,
    back,
    leaving,
    cancelLeaving: () => setLeaving(false),
  };
}
