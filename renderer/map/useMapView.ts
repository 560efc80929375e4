// The map screen's state once its map is loaded (MapScreen.tsx draws it): the selection, the
// view, the side panel's requests, the announcements, leaving with edits still on their way,
// the gestures made on the map, and the screen's commands. While names are hidden the store is
// read-only: no gesture is offered (`onGesture` is undefined, so the canvas neither drags nor
// draws ties), and the commands that edit are not registered (useMapCommands).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandRegistry } from '../commands/CommandsContext';
import { useMapCommands, type MapView } from '../commands/useMapCommands';
import { useNotices } from '../errors/Notices';
import type { Selection } from './canvas/MapCanvas';
import type { Gesture } from './model/gesture';
import { actorById } from './model/mapModel';
import type { MapStore } from './model/mapStore';
import { useMapData } from './model/useMapData';
import type { PanelRequest } from './panels/SidePanel';

export function useMapView(store: MapStore, onBack: () => void) {
  const { t } = useTranslation();
  const { report } = useNotices();
  const registry = useCommandRegistry();
  const data = useMapData(store);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [view, setView] = useState<MapView>('map');
  const [panelRequest, setPanelRequest] = useState<PanelRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const quickAddRef = useRef<HTMLInputElement>(null);
  const { pseudonym } = data.case;
  const [leaving, setLeaving] = useState(false);
  // Leaving with edits still on their way asks first; they keep being sent either way.
  const back = useCallback(() => {
    if (store.getSaveStatus().pending > 0) setLeaving(true);
    else onBack();
  }, [store, onBack]);

  // A selection whose element an undo removed is no selection.
  const live =
    selection &&
    (selection.type === 'actor'
      ? actorById(data, selection.id)
      : data.ties.some((tie) => tie.id === selection.id))
      ? selection
      : null;

  // What is done on the map itself (a drop on a ring, a new tie, tidying): one undo step each.
  const onGesture = useCallback(
    (gesture: Gesture) => {
      try {
        store.edit(gesture);
      } catch (error) {
        report(error);
      }
    },
    [store, report],
  );
  const openPanel = useCallback((request: PanelRequest) => {
    setSelection(request.kind === 'edit' ? request.selection : null);
    setPanelRequest({ ...request, at: Date.now() });
  }, []);

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
    selection: live,
    setSelection,
    view,
    setView,
    panelRequest,
    openPanel,
    announcement,
    setAnnouncement,
    quickAddRef,
    onGesture: store.readOnly ? undefined : onGesture,
    back,
    leaving,
    cancelLeaving: () => setLeaving(false),
  };
}
