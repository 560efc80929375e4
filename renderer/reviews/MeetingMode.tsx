// The case-review meeting: full screen, large type, the map with what changed, the list and the
// narrative only. ← and → step through the reviews (each compared with the one before), Escape
// leaves. The step is kept for the session, so switching the names on or off (which reloads
// every view) comes back to the same place.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComparisonPane } from './panes';
import { PseudonymToggle } from './privacy';
import type { ItemId, ReviewItem } from './useReviews';
import type { MapData } from '../../shared/model';

const STEP_KEY = 'maillage.meeting';

/** The open meeting's step for this case (1 = the second review against the first), or null. */
export function useMeetingStep(caseId: string) {
  const [step, setState] = useState<number | null>(() => {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(STEP_KEY) ?? 'null') as {
        caseId?: string;
        step?: number;
      } | null;
      return saved?.caseId === caseId && typeof saved.step === 'number' ? saved.step : null;
    } catch {
      return null;
    }
  });
  const setStep = useCallback(
    (next: number | null) => {
      setState(next);
      try {
        if (next === null) window.sessionStorage.removeItem(STEP_KEY);
        else window.sessionStorage.setItem(STEP_KEY, JSON.stringify({ caseId, step: next }));
      } catch {
        // Not kept: a reload closes the meeting.
      }
    },
    [caseId],
  );
  return [step, setStep] as const;
}

interface MeetingModeProps {
  title: string;
  items: ReviewItem[];
  step: number;
  onStep: (step: number) => void;
  onClose: () => void;
  mapOf: (id: ItemId) => Promise<MapData>;
}

export function MeetingMode({ title, items, step, onStep, onClose, mapOf }: MeetingModeProps) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const last = items.length - 1;
  const at = Math.min(Math.max(step, 1), Math.max(last, 1));

  useEffect(() => {
    const element = frame.current;
    let wasFull = false;
    const onChange = () => {
      if (document.fullscreenElement) wasFull = true;
      // Leaving full screen with the browser's own Escape leaves the meeting too.
      else if (wasFull) onClose();
    };
    document.addEventListener('fullscreenchange', onChange);
    // Refused (no user gesture, a test browser): the meeting still fills the window.
    element?.requestFullscreen?.().catch(() => {});
    element?.focus();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, [onClose]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (event.key === 'ArrowRight' && at < last) onStep(at + 1);
      else if (event.key === 'ArrowLeft' && at > 1) onStep(at - 1);
      else if (event.key === 'Escape') onClose();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, last, onStep, onClose]);

  const from = items[at - 1];
  const to = items[at];
  return (
    <div
      ref={frame}
      className="meeting-mode"
      role="dialog"
      aria-modal="true"
      aria-label={t('reviews.meeting.title')}
      tabIndex={-1}
    >
      <header className="meeting-bar">
        <h1>{title}</h1>
        <p className="meeting-step" aria-live="polite">
          {from && to
            ? t('reviews.meeting.step', { step: at, total: last, from: from.label, to: to.label })
            : ''}
        </p>
        <div className="meeting-tools">
          <button
            type="button"
            className="button"
            disabled={at <= 1}
            onClick={() => onStep(at - 1)}
          >
            ← {t('reviews.meeting.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={at >= last}
            onClick={() => onStep(at + 1)}
          >
            {t('reviews.meeting.next')} →
          </button>
          <PseudonymToggle className="button" />
          <button type="button" className="button" onClick={onClose}>
            {t('reviews.meeting.leave')}
          </button>
        </div>
      </header>
      {from && to ? (
        <ComparisonPane from={from} to={to} mapOf={mapOf} variant="meeting" />
      ) : (
        <p className="empty-state">{t('reviews.meeting.nothing')}</p>
      )}
    </div>
  );
}
