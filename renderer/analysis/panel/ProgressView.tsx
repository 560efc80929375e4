// The analysis under way: its step, a progress bar and the button that stops it. Shown only
// after a moment (CSS), so a small map's analysis, done in milliseconds, does not flicker.
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../engine/protocol';

interface ProgressViewProps {
  progress: { phase: Phase; done: number; total: number } | null;
  onCancel: () => void;
}

/** Overall share done: the phases in turn, each counted by its own progress. */
export function overallShare(progress: ProgressViewProps['progress']): number {
  if (progress === null) return 0;
  const index = PHASES.indexOf(progress.phase);
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return (index + within) / PHASES.length;
}

export function ProgressView({ progress, onCancel }: ProgressViewProps) {
  const { t } = useTranslation();
  const share = overallShare(progress);
  const phase = progress?.phase ?? PHASES[0];
  return (
    <div className="analysis-progress">
      <p className="analysis-progress-step">
        {t('ui.analysis.progress.step', {
          step: PHASES.indexOf(phase) + 1,
          steps: PHASES.length,
          phase: t(`ui.analysis.progress.phase.${phase}`),
        })}
      </p>
      <progress
        max={100}
        value={Math.round(share * 100)}
        aria-label={t('ui.analysis.progress.label')}
      />
      <button type="button" className="button small" onClick={onCancel}>
        {t('ui.analysis.cancel')}
      </button>
    </div>
  );
}
