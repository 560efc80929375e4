// The map screen: loads a case's map, then shows the header (MapHeader.tsx), the
// interview's quick add, the canvas and/or the table, and the side panel. Every action here is
// also a registered command (useMapCommands), so shortcuts, palette and menus share it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../bridge/ApiContext';
import { useCommandRegistry } from '../commands/CommandsContext';
import { useMapCommands, type MapView as ViewMode } from '../commands/useMapCommands';
import { AnalysisDock } from '../analysis/panel/AnalysisDock';
import { useNotices } from '../errors/Notices';
import { MapCanvas, type Selection } from './canvas/MapCanvas';
import { actorById } from './model/mapModel';
import { mapLayout } from './layout';
import { BackButton, MapHeader } from './MapHeader';
import type { Gesture } from './model/gesture';
import { MapStore } from './model/mapStore';
import { useMapData } from './model/useMapData';
import { Legend } from './panels/Legend';
import { QuickAdd } from './panels/QuickAdd';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { SidePanel, type PanelRequest } from './panels/SidePanel';
import { MapTable } from './table/MapTable';
import { useWishedView } from './wished/useWishedView';
import { WishedScreen } from './wished/WishedScreen';
import './panels/workflow.css';

interface MapScreenProps {
  caseId: string;
  onBack: () => void;
  /** Opens the case's reviews: snapshots, comparison, meeting mode (issue 6). */
  onReviews?: () => void;
}

export function MapScreen({ caseId, onBack, onReviews }: MapScreenProps) {
  const api = useApi();
  const { report } = useNotices();
  const { t } = useTranslation();
  const [store, setStore] = useState<MapStore | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    let loaded: MapStore | null = null;
    api['map.load']({ caseId }).then(
      (data) => {
        if (!current) return;
        loaded = new MapStore(api, data, { layout: mapLayout });
        setStore(loaded);
        try {
          loaded.placeUnplaced();
        } catch (error) {
          report(error);
        }
      },
      (error: unknown) => {
        if (!current) return;
        report(error);
        setFailed(true);
      },
    );
    return () => {
      current = false;
      loaded?.dispose();
    };
  }, [api, caseId, report]);

  if (!store) {
    return (
      <main className="map-screen loading">
        <BackButton onBack={onBack} />
        <p className="muted">{failed ? t('ui.map.loadFailed') : t('ui.loading')}</p>
      </main>
    );
  }
  return <MapView store={store} onBack={onBack} onReviews={onReviews} />;
}

function MapView({
  store,
  onBack,
  onReviews,
}: {
  store: MapStore;
  onBack: () => void;
  onReviews?: () => void;
}) {
  const { t } = useTranslation();
  const { report } = useNotices();
  const registry = useCommandRegistry();
  const data = useMapData(store);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [view, setView] = useState<ViewMode>('map');
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

  const wishedView = useWishedView();
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

  // "The network I would like" (map.wished) replaces this view until closed.
  if (wishedView.open) return <WishedScreen current={store} onClose={wishedView.close} />;
  const showMap = view !== 'table';
  const showTable = view !== 'map';
  return (
    <main className={`map-screen view-${view}`}>
      <MapHeader
        store={store}
        data={data}
        view={view}
        onView={setView}
        onBack={back}
        onReviews={onReviews}
      />
      <QuickAdd ref={quickAddRef} store={store} data={data} onAdded={setSelection} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="map-layout">
        <div className="map-main">
          {/* The canvas stays mounted in table view, so returning to it keeps zoom and pan. */}
          <section className="map-stage" aria-label={t('ui.map.stageLabel')} hidden={!showMap}>
            <div className="map-stage-canvas">
              <MapCanvas
                data={data}
                selection={live}
                onSelect={setSelection}
                onGesture={onGesture}
                onOpen={(opened) => openPanel({ kind: 'edit', selection: opened })}
                onMenu={(request) => registry.openMenu(request)}
                label={t('ui.map.canvasLabel', { name: pseudonym })}
              />
              <p className="map-hint">{t('ui.map.hint')}</p>
            </div>
            <Legend />
          </section>
          {showTable && (
            <MapTable store={store} data={data} selection={live} onSelect={setSelection} />
          )}
        </div>
        {/* Beside the map: edit it, or read the network (issue 4). */}
        <AnalysisDock data={data}>
          <SidePanel
            store={store}
            data={data}
            selection={live}
            onSelect={setSelection}
            request={panelRequest}
            openPanel={openPanel}
            announce={setAnnouncement}
          />
        </AnalysisDock>
      </div>
      {leaving && (
        <ConfirmDialog
          title={t('ui.save.leaveTitle')}
          message={t('ui.unsavedLeave')}
          confirmLabel={t('ui.save.leave')}
          cancelLabel={t('ui.actions.cancel')}
          onConfirm={onBack}
          onCancel={() => setLeaving(false)}
        />
      )}
    </main>
  );
}
