// "The network I would like": today's map on the left (to compare, read only) and the wished
// map on the right, where the young person moves people closer or further, adds some and
// removes others; marks on both say what changed. The side panel edits the wished map, and
// every command (undo, remove, edit...) acts on it while this view is open. While names are
// hidden both maps are only viewed (the stores are read-only, as today's is), and a notice says so.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../bridge/ApiContext';
import { useCommandRegistry, useRegisterCommands } from '../../commands/CommandsContext';
import { useMapCommands } from '../../commands/useMapCommands';
import { useNotices } from '../../errors/Notices';
import { MapCanvas } from '../canvas/MapCanvas';
import { WISHED_COMMAND } from '../canvas/useCanvasActions';
import type { MapStore } from '../model/mapStore';
import { useMapData } from '../model/useMapData';
import { useMapInteraction } from '../useMapInteraction';
import { SaveIndicator } from '../panels/SaveIndicator';
import { ReadOnlyNotice } from '../panels/ReadOnlyNotice';
import { SidePanel } from '../panels/SidePanel';
import { compareWished } from './compare';
import { useWishedStore } from './useWishedStore';
import { WishLegend } from './WishLegend';
import './wished.css';

export function WishedScreen({ current, onClose }: { current: MapStore; onClose: () => void }) {
  const api = useApi();
  const { report } = useNotices();
  const { t } = useTranslation();
  const today = useMapData(current);
  const { state, start } = useWishedStore(api, current, report);
  const name = today.case.pseudonym;
  useRegisterCommands(
    () => [
      {
        id: WISHED_COMMAND,
        label: 'ui.mapView.commands.current',
        shortcut: 'Alt+W',
        group: 'view',
        contexts: ['canvas'],
        perform: onClose,
      },
    ],
    [onClose],
  );

  return (
    <main className="map-screen wished-screen">
      <div className="map-header">
        <button type="button" className="button back" onClick={onClose}>
          <span aria-hidden="true">←</span> {t('ui.mapView.wished.back')}
        </button>
        <h1>{t('ui.mapView.wished.title', { name })}</h1>
        {state.kind === 'ready' && <SaveIndicator store={state.store} />}
      </div>
      {current.readOnly && <ReadOnlyNotice />}
      {state.kind === 'ready' ? (
        <WishedMaps today={today} store={state.store} onClose={onClose} />
      ) : (
        <section className="wished-start">
          <p>{t('ui.mapView.wished.intro', { name })}</p>
          {state.kind === 'loading' && <p className="muted">{t('ui.loading')}</p>}
          {state.kind === 'failed' && <p className="muted">{t('ui.mapView.wished.loadFailed')}</p>}
          {(state.kind === 'absent' || state.kind === 'starting') && !current.readOnly && (
            <button
              type="button"
              className="button primary"
              disabled={state.kind === 'starting'}
              onClick={start}
            >
              {state.kind === 'starting'
                ? t('ui.mapView.wished.starting')
                : t('ui.mapView.wished.start')}
            </button>
          )}
        </section>
      )}
    </main>
  );
}

interface WishedMapsProps {
  today: ReturnType<typeof useMapData>;
  store: MapStore;
  onClose: () => void;
}

function WishedMaps({ today, store, onClose }: WishedMapsProps) {
  const { t } = useTranslation();
  const registry = useCommandRegistry();
  const data = useMapData(store);
  const {
    selection: live,
    setSelection,
    panelRequest,
    openPanel,
    announcement,
    setAnnouncement,
    onGesture,
    onOpen,
  } = useMapInteraction(store, data);
  const marks = useMemo(() => compareWished(today, data), [today, data]);
  const name = data.case.pseudonym;
  const editable = !store.readOnly;
  // The same commands as on today's map, acting on the wished one (registered after them).
  useMapCommands({
    store,
    registry,
    selection: live,
    select: setSelection,
    view: 'map',
    setView: () => undefined,
    openPanel,
    announce: setAnnouncement,
    focusQuickAdd: () => undefined,
    onBack: onClose,
    t,
  });

  return (
    <div className={editable ? 'wished-layout' : 'wished-layout read-only'}>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <section className="wished-stage" data-presentation-stage>
        <figure className="wished-map">
          <figcaption>{t('ui.mapView.wished.today')}</figcaption>
          <div className="wished-canvas">
            <MapCanvas
              data={today}
              selection={null}
              onSelect={() => undefined}
              label={t('ui.mapView.wished.todayLabel', { name })}
              marks={marks.today}
              primary={false}
            />
          </div>
        </figure>
        <figure className="wished-map wish">
          <figcaption>{t('ui.mapView.wished.wish', { name })}</figcaption>
          <div className="wished-canvas">
            <MapCanvas
              data={data}
              selection={live}
              onSelect={setSelection}
              onGesture={onGesture}
              onOpen={onOpen}
              onMenu={(request) => registry.openMenu(request)}
              label={t('ui.mapView.wished.wishLabel', { name })}
              marks={marks.wished}
              showWished={false}
            />
          </div>
        </figure>
        <WishLegend counts={marks.counts} />
      </section>
      {editable && (
        <SidePanel
          store={store}
          data={data}
          selection={live}
          onSelect={setSelection}
          request={panelRequest}
          openPanel={openPanel}
          announce={setAnnouncement}
        />
      )}
    </div>
  );
}
