// What a map being edited holds besides its data, shared by today's map (useMapView) and the
// wished one (WishedScreen): the selection (dropped when an undo removed its element), the side
// panel's requests, the screen reader's announcement, and the gestures made on the canvas (one
// undo step each; none while the store is read-only, so the canvas neither drags nor draws),
// and opening an element to edit it.
import { useCallback, useState } from 'react';
import { useNotices } from '../errors/Notices';
import type { Selection } from './canvas/MapCanvas';
import type { Gesture } from './model/gesture';
import { actorById } from './model/mapModel';
import type { MapStore } from './model/mapStore';
import type { useMapData } from './model/useMapData';
import type { PanelRequest } from './panels/SidePanel';

export function useMapInteraction(store: MapStore, data: ReturnType<typeof useMapData>) {
  const { report } = useNotices();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [panelRequest, setPanelRequest] = useState<PanelRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const live =
    selection &&
    (selection.type === 'actor'
      ? actorById(data, selection.id)
      : data.ties.some((tie) => tie.id === selection.id))
      ? selection
      : null;

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

  return {
    selection: live,
    setSelection,
    panelRequest,
    openPanel,
    announcement,
    setAnnouncement,
    onGesture: store.readOnly ? undefined : onGesture,
    /** Opening an element on the canvas edits it in the side panel, when the map can change. */
    onOpen: store.readOnly
      ? undefined
      : (opened: Selection) => openPanel({ kind: 'edit', selection: opened }),
  };
}
