// A running job: its phase in words, a progress bar (indeterminate while the phase has no count),
// and Cancel, which the host honours before anything is written.
import { useTranslation } from 'react-i18next';
import type { JobProgress as Progress } from '../../shared/exchange/ops';

interface JobProgressProps {
  progress: Progress;
  onCancel: (() => void) | null;
}

export function JobProgress({ progress, onCancel }: JobProgressProps) {
  const { t } = useTranslation();
  const counted = progress.total > 0;
  return (
    <div className="exchange-progress" role="status" aria-live="polite">
      <p>
        {t(`exchange.progress.phase.${progress.phase}`)}
        {counted &&
          ` ${t('exchange.progress.count', { done: progress.done, total: progress.total })}`}
      </p>
      <progress
        aria-label={t('exchange.progress.label')}
        {...(counted ? { value: progress.done, max: progress.total } : {})}
      />
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('ui.actions.cancel')}
        </button>
      )}
    </div>
  );
}
