// The map screen: loads a case's map, then shows the header (MapHeader.tsx), the
// interview's quick add, the canvas and/or the table, and the side panel. Every action here is
// also a registered command (useMapCommands), so shortcuts, palette and menus share it; the
// screen's state lives in useMapView. While names are hidden (the pseudonymisation switch) the
// map is read-only: a notice instead of the quick add, no editing on the canvas, in the table,
// the side panel or the commands, and the store itself refuses any change; a card above the
// reading of the network then says what the selected actor or tie is (SelectionCard).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../bridge/ApiContext';
import { AnalysisDock } from '../analysis/panel/AnalysisDock';
import { useNotices } from '../errors/Notices';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { usePseudonymised } from '../reviews/privacy';
import { MapCanvas } from './canvas/MapCanvas';
import { mapLayout } from './layout';
import { BackButton, MapHeader } from './MapHeader';
import { MapStore } from './model/mapStore';
import { Legend } from './panels/Legend';
import { QuickAdd } from './panels/QuickAdd';
import { ReadOnlyNotice } from './panels/ReadOnlyNotice';
import { SelectionCard } from './panels/SelectionCard';
import { SidePanel } from './panels/SidePanel';
import { MapTable } from './table/MapTable';
import { useMapView } from './useMapView';
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
  // Fixed for the screen's life: the switch remounts everything below PrivateScope.
  const readOnly = usePseudonymised();
  const [store, setStore] = useState<MapStore | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    let loaded: MapStore | null = null;
    api['map.load']({ caseId }).then(
      (data) => {
        if (!current) return;
        loaded = new MapStore(api, data, { layout: mapLayout, readOnly });
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
  }, [api, caseId, report, readOnly]);

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
  // Registered before the screen's commands, as it always was (the palette's order).
  const wishedView = useWishedView();
  const { data, registry, editable, selection, setSelection, view, openPanel, ...screen } =
    useMapView(store, onBack);
  const { setView, back, quickAddRef, announcement, setAnnouncement, onGesture, onOpen } = screen;
  const { panelRequest, leaving, cancelLeaving } = screen;
  const { pseudonym } = data.case;

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
      {/* Names hidden: the map is only viewed, and the quick add gives way to saying so. */}
      {editable ? (
        <QuickAdd ref={quickAddRef} store={store} data={data} onAdded={setSelection} />
      ) : (
        <ReadOnlyNotice />
      )}
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
                selection={selection}
                onSelect={setSelection}
                onGesture={onGesture}
                onOpen={onOpen}
                onMenu={(request) => registry.openMenu(request)}
                label={t(editable ? 'ui.map.canvasLabel' : 'ui.map.readOnly.canvasLabel', {
                  name: pseudonym,
                })}
                hint={t(editable ? 'ui.map.hint' : 'ui.map.readOnly.hint')}
              />
            </div>
            <Legend />
          </section>
          {showTable && (
            <MapTable store={store} data={data} selection={selection} onSelect={setSelection} />
          )}
        </div>
        {/* Beside the map: edit it, or read the network (issue 4); only read while names are
            hidden, the selected element's card then above the reading. */}
        <AnalysisDock
          data={data}
          editUnavailable={editable ? undefined : t('ui.map.readOnly.editUnavailable')}
          readingTop={
            !editable &&
            selection && (
              <SelectionCard data={data} selection={selection} onClear={() => setSelection(null)} />
            )
          }
        >
          <SidePanel
            store={store}
            data={data}
            selection={selection}
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
          onCancel={cancelLeaving}
        />
      )}
    </main>
  );
}
