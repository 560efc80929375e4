// The column beside the map: a switch between editing the map (the side panel, passed as
// children) and reading the network (the analysis panel). Both stay mounted, so neither loses
// its state (a form being filled, the overlays chosen) when the other is shown. While the map
// cannot be edited (names hidden), `editUnavailable` gives the reason: the edit side is offered
// disabled with that reason, and only the reading shows. `readingTop` goes above the reading
// (the selected element's card while the map is read-only: SelectionCard).
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/model';
import type { WorkerFactory } from '../engine/analysisClient';
import { AnalysisPanel } from './AnalysisPanel';
import '../analysis.css';

interface AnalysisDockProps {
  data: MapData;
  children: ReactNode;
  workerFactory?: WorkerFactory;
  /** Why the map cannot be edited now: the edit side is disabled, the reading shown. */
  editUnavailable?: string;
  /** Shown at the top of the reading side, above the analysis. */
  readingTop?: ReactNode;
}

export function AnalysisDock(props: AnalysisDockProps) {
  const { data, children, workerFactory, editUnavailable, readingTop } = props;
  const { t } = useTranslation();
  const [chosen, setReading] = useState(false);
  const locked = editUnavailable !== undefined;
  const reading = locked || chosen;
  const whyId = useId();
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
          aria-disabled={locked || undefined}
          title={editUnavailable}
          aria-describedby={locked ? whyId : undefined}
          onClick={() => {
            if (!locked) setReading(false);
          }}
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
        {locked && (
          <span id={whyId} hidden>
            {editUnavailable}
          </span>
        )}
      </div>
      {!locked && (
        <div className="analysis-dock-pane" hidden={reading}>
          {children}
        </div>
      )}
      <div className="analysis-dock-pane" hidden={!reading}>
        {readingTop}
        <AnalysisPanel data={data} active={reading} workerFactory={workerFactory} />
      </div>
    </div>
  );
}
