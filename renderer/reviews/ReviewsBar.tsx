// On the map: take a snapshot in one click, and open the reviews (with a reminder when the
// review date has come). The snapshot's confirmation shows for a few seconds below the buttons.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSchedule } from '../../shared/snapshots/schemas';
import { ReviewsIcon, SnapshotIcon } from '../app/HeaderIcons';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { formatDay, localToday } from './dates';
import './reviews.css';

/** How long "Snapshot taken" stays over the content below the header. */
const STATUS_SHOWN_MS = 6000;

interface ReviewsBarProps {
  caseId: string;
  onOpen: () => void;
}

export function ReviewsBar({ caseId, onOpen }: ReviewsBarProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [count, setCount] = useState<number | null>(null);
  const [schedule, setSchedule] = useState<ReviewSchedule | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(statusTimer.current), []);

  useEffect(() => {
    let current = true;
    Promise.all([api['snapshots.list']({ caseId }), api['reviews.get']({ caseId })]).then(
      ([list, next]) => {
        if (!current) return;
        setCount(list.length);
        setSchedule(next);
      },
      (error: unknown) => current && report(error),
    );
    return () => {
      current = false;
    };
  }, [api, caseId, report]);

  const take = async () => {
    setBusy(true);
    try {
      const today = localToday();
      const taken = await api['snapshots.take']({
        caseId,
        label: t('reviews.take.quickLabel', { date: formatDay(today, i18n.language) }),
        takenOn: today,
      });
      setCount((n) => (n ?? 0) + 1);
      setStatus(t('reviews.take.done', { label: taken.label }));
      clearTimeout(statusTimer.current);
      statusTimer.current = setTimeout(() => setStatus(''), STATUS_SHOWN_MS);
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  const reviews = [
    t('reviews.bar.open', { count: count ?? 0 }),
    schedule?.due ? t('reviews.bar.due') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  // Narrower than 1880 px the buttons show an icon and a short label (map-header CSS); their
  // names stay the full texts, which contain what is shown.
  return (
    <div className="reviews-bar">
      <button
        type="button"
        className="button small map-header-action"
        disabled={busy}
        aria-label={t('reviews.take.quick')}
        title={t('reviews.take.quick')}
        onClick={() => void take()}
      >
        <SnapshotIcon />
        <span className="label-long">{t('reviews.take.quick')}</span>
        <span className="label-short">{t('reviews.take.quickShort')}</span>
      </button>
      <button
        type="button"
        className={
          schedule?.due ? 'button small map-header-action due' : 'button small map-header-action'
        }
        aria-label={reviews}
        title={reviews}
        onClick={onOpen}
      >
        <ReviewsIcon />
        <span className="label-long">{t('reviews.bar.open', { count: count ?? 0 })}</span>
        <span className="label-short">
          {t('reviews.bar.short')} <span className="count-badge">{count ?? 0}</span>
        </span>
        {schedule?.due && <span className="due-mark"> · {t('reviews.bar.due')}</span>}
      </button>
      {/* Over the content below, not in the row: the header keeps its width. */}
      <span className={status ? 'form-status reviews-bar-status' : 'form-status'} role="status">
        {status}
      </span>
    </div>
  );
}
