// The map screen: loads a case's map, then shows the canvas with its legend and the side panel.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../shared/model';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { MapCanvas, type Selection } from './canvas/MapCanvas';
import { MapStore } from './model/mapStore';
import { useMapData } from './model/useMapData';
import { Legend } from './panels/Legend';
import { SidePanel } from './panels/SidePanel';

interface MapScreenProps {
  caseId: string;
  onBack: () => void;
}

export function MapScreen({ caseId, onBack }: MapScreenProps) {
  const api = useApi();
  const { report } = useNotices();
  const { t } = useTranslation();
  const [store, setStore] = useState<MapStore | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    api['map.load']({ caseId }).then(
      (data) => {
        if (!current) return;
        const loaded = new MapStore(api, data);
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
  return <MapView store={store} onBack={onBack} />;
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button back" onClick={onBack}>
      <span aria-hidden="true">←</span> {t('ui.map.back')}
    </button>
  );
}

function MapView({ store, onBack }: { store: MapStore; onBack: () => void }) {
  const { t } = useTranslation();
  const { report } = useNotices();
  const data = useMapData(store);
  const [selection, setSelection] = useState<Selection | null>(null);
  const onMove = useCallback(
    (placements: Placement[]) => {
      try {
        store.place(placements);
      } catch (error) {
        report(error);
      }
    },
    [store, report],
  );
  const { pseudonym, birthYear, referent } = data.case;

  useEffect(() => {
    document.title = `${pseudonym} · Maillage`;
    return () => {
      document.title = 'Maillage';
    };
  }, [pseudonym]);

  return (
    <main className="map-screen">
      <div className="map-header">
        <BackButton onBack={onBack} />
        <h1>{t('ui.map.title', { name: pseudonym })}</h1>
        <p className="map-facts">
          {[
            birthYear !== null ? t('ui.map.bornIn', { year: birthYear }) : null,
            referent ? t('ui.map.referent', { name: referent }) : null,
            // Like the case list, count the actors around the person, not the person.
            t('ui.cases.actorCount', { count: data.actors.filter((a) => !a.isEgo).length }),
            t('ui.cases.tieCount', { count: data.ties.length }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div className="map-layout">
        <section className="map-stage" aria-label={t('ui.map.stageLabel')}>
          <div className="map-stage-canvas">
            <MapCanvas
              data={data}
              selection={selection}
              onSelect={setSelection}
              onMove={onMove}
              label={t('ui.map.canvasLabel', { name: pseudonym })}
            />
            <p className="map-hint">{t('ui.map.hint')}</p>
          </div>
          <Legend />
        </section>
        <SidePanel store={store} data={data} selection={selection} onSelect={setSelection} />
      </div>
    </main>
  );
}
