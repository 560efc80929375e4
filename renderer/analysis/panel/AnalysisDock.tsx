// The column beside the map: a switch between editing the map (the side panel, passed as
// children) and reading the network (the analysis panel). Both stay mounted, so neither loses
// its state (a form being filled, the overlays chosen) when the other is shown.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import type { WorkerFactory } from '../engine/analysisClient';
import { AnalysisPanel } from './AnalysisPanel';
import '../analysis.css';

interface AnalysisDockProps {
  data: MapData;
  children: ReactNode;
  workerFactory?: WorkerFactory;
}

export function AnalysisDock({ data, children, workerFactory }: AnalysisDockProps) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  return (
    <div className="analysis-dock">
      <div
        className="segmented analysis-switch"
        role="group"
        aria-label={t('ui.analysis.switchLabel')}
      >
        <button
          type="button"
          className="chip"
          aria-pressed={!reading}
          onClick={() => setReading(false)}
        >
          {t('ui.analysis.edit')}
        </button>
        <button
          type="button"
          className="chip"
          aria-pressed={reading}
          onClick={() => setReading(true)}
        >
          {t('ui.analysis.read')}
        </button>
      </div>
      <div className="analysis-dock-pane" hidden={reading}>
        {children}
      </div>
      <div className="analysis-dock-pane" hidden={!reading}>
        <AnalysisPanel data={data} active={reading} workerFactory={workerFactory} />
      </div>
    </div>
  );
}
