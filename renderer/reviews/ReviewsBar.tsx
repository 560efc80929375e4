// On the map: take a snapshot in one click, and open the reviews (with a reminder when the
// review date has come).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSchedule } from '../../shared/snapshots/schemas';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { formatDay, localToday } from './dates';
import './reviews.css';

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
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reviews-bar">
      <button type="button" className="button small" disabled={busy} onClick={() => void take()}>
        {t('reviews.take.quick')}
      </button>
      <button
        type="button"
        className={schedule?.due ? 'button small due' : 'button small'}
        onClick={onOpen}
      >
        {t('reviews.bar.open', { count: count ?? 0 })}
        {schedule?.due && <span className="due-mark"> · {t('reviews.bar.due')}</span>}
      </button>
      <span className="form-status" role="status">
        {status}
      </span>
    </div>
  );
}
