// The analysis panel ("Lire le réseau"): runs the analysis of the map in a worker whenever the map
// changes while the panel is open, shows progress with a way to stop it, the overlays on the map,
// and the five sections: summary, ties, brokers, composition, chains.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import { browserWorker, type WorkerFactory } from '../engine/analysisClient';
import { AnalysisSession, type AnalysisState } from '../engine/analysisSession';
import type { ChainTarget } from '../engine/protocol';
import { useCanvasOverlays } from '../overlay/canvasLink';
import { NO_OVERLAYS, overlayModel, type OverlaySettings } from '../overlay/overlayModel';
import { BrokersSection } from './BrokersSection';
import { CompositionSection } from './CompositionSection';
import { OverlayControls } from './OverlayControls';
import { PathsSection, type ShownChains } from './PathsSection';
import { ProgressView } from './ProgressView';
import { SectionTabs, tabId, tabPanelId, type Section } from './SectionTabs';
import { SummarySection } from './SummarySection';
import { TiesSection } from './TiesSection';

interface AnalysisPanelProps {
  data: MapData;
  /** Open: analyses the map and draws the overlays. Closed: does neither, keeps its settings. */
  active: boolean;
  workerFactory?: WorkerFactory;
}

function useSession(factory: WorkerFactory): AnalysisSession {
  const [session] = useState(() => new AnalysisSession(factory));
  useEffect(() => () => session.dispose(), [session]);
  return session;
}

export function AnalysisPanel({ data, active, workerFactory = browserWorker }: AnalysisPanelProps) {
  const { t } = useTranslation();
  const session = useSession(workerFactory);
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { actors, ties } = data;
  useEffect(() => {
    if (active) session.update({ actors, ties });
  }, [active, actors, ties, session]);

  const [section, setSection] = useState<Section>('summary');
  const [settings, setSettings] = useState<OverlaySettings>(NO_OVERLAYS);
  const [chains, setChains] = useState<{ version: number; shown: ShownChains } | null>(null);
  const [chainsFailed, setChainsFailed] = useState(false);
  // Chains found on an older map are not shown (nor drawn) once the new analysis is in.
  const shown = chains !== null && chains.version === state.resultVersion ? chains.shown : null;
  const path = useMemo(
    () =>
      shown && { actorIds: [...new Set(shown.chains.paths.flat())], tieIds: shown.chains.tieIds },
    [shown],
  );
  const model = useMemo(
    () =>
      active
        ? overlayModel(state.result, settings, path, (role) =>
            t(`ui.analysis.roleInitials.${role}`),
          )
        : null,
    [active, state.result, settings, path, t],
  );
  useCanvasOverlays(model);

  const find = (target: ChainTarget) => {
    const version = state.resultVersion;
    if (version === null) return;
    setChainsFailed(false);
    session.chains(target).then(
      (found) => setChains({ version, shown: { target, chains: found } }),
      () => setChainsFailed(true),
    );
  };

  const { result } = state;
  return (
    <section className="analysis-panel" aria-labelledby="analysis-title">
      <div className="analysis-head">
        <h2 id="analysis-title">{t('ui.analysis.title')}</h2>
        <StatusLine state={state} onRerun={() => session.run()} />
      </div>
      {(state.status === 'running' || state.status === 'waiting') && (
        <ProgressView progress={state.progress} onCancel={() => session.cancel()} />
      )}
      {result === null ? (
        state.status !== 'cancelled' &&
        state.status !== 'failed' && <p className="muted analysis-empty">{t('ui.loading')}</p>
      ) : (
        <div className="analysis-body">
          <SectionTabs current={section} onChange={setSection} />
          <div
            className="analysis-section"
            role="tabpanel"
            id={tabPanelId(section)}
            aria-labelledby={tabId(section)}
            tabIndex={0}
          >
            {section === 'summary' && <SummarySection result={result} />}
            {section === 'ties' && <TiesSection result={result} />}
            {section === 'brokers' && <BrokersSection result={result} />}
            {section === 'composition' && <CompositionSection result={result} />}
            {section === 'paths' && (
              <PathsSection
                result={result}
                shown={shown}
                onFind={find}
                onClear={() => setChains(null)}
                failed={chainsFailed}
              />
            )}
          </div>
        </div>
      )}
      {/* The map's overlays stay at hand below whichever section is read. */}
      {result !== null && (
        <OverlayControls settings={settings} onChange={setSettings} pathShown={path !== null} />
      )}
    </section>
  );
}

function StatusLine({ state, onRerun }: { state: AnalysisState; onRerun: () => void }) {
  const { t } = useTranslation();
  if (state.status === 'cancelled' || state.status === 'failed') {
    return (
      <div className="analysis-status" role={state.status === 'failed' ? 'alert' : 'status'}>
        <p>
          {t(state.status === 'failed' ? 'ui.analysis.failed' : 'ui.analysis.cancelled')}
          {state.result !== null && ` ${t('ui.analysis.outdatedFigures')}`}
        </p>
        <button type="button" className="button small" onClick={onRerun}>
          {t('ui.analysis.rerun')}
        </button>
      </div>
    );
  }
  const updating = state.result !== null && state.resultVersion !== state.version;
  return updating ? <p className="muted analysis-status">{t('ui.analysis.updating')}</p> : null;
}
