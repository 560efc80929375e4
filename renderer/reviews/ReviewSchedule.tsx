// The date of the next review: shown, changed or cleared; once it has come, a banner proposes
// the review's snapshot.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewSchedule as Schedule } from '../../shared/snapshots/schemas';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { formatDay } from './dates';
import { DateField } from './DateField';

interface ReviewScheduleProps {
  schedule: Schedule;
  onChanged: (schedule: Schedule) => void;
  onTakeDue: () => void;
}

export function ReviewSchedule({ schedule, onChanged, onTakeDue }: ReviewScheduleProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const [editing, setEditing] = useState(false);
  const [day, setDay] = useState(schedule.nextReviewOn ?? '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const next = await api['reviews.schedule']({
        caseId: schedule.caseId,
        nextReviewOn: day === '' ? null : day,
      });
      onChanged(next);
      setEditing(false);
    } catch (error) {
      report(error);
    }
  };

  return (
    <div className="review-schedule">
      {schedule.due && schedule.nextReviewOn && (
        <div className="review-due" role="status">
          <p>
            {t('reviews.schedule.due', { date: formatDay(schedule.nextReviewOn, i18n.language) })}
          </p>
          <button type="button" className="button primary" onClick={onTakeDue}>
            {t('reviews.schedule.takeDue')}
          </button>
        </div>
      )}
      {editing ? (
        <form className="schedule-form" aria-label={t('reviews.schedule.title')} onSubmit={save}>
          <DateField
            label={t('reviews.schedule.title')}
            name="nextReviewOn"
            value={day}
            onChange={setDay}
          />
          <button type="submit" className="button small primary">
            {t('reviews.schedule.save')}
          </button>
          <button type="button" className="button small subtle" onClick={() => setEditing(false)}>
            {t('reviews.cancel')}
          </button>
        </form>
      ) : (
        <p className="schedule-line">
          {/* Once due, the banner above already gives the date. */}
          {schedule.due
            ? ''
            : schedule.nextReviewOn
              ? t('reviews.schedule.next', {
                  date: formatDay(schedule.nextReviewOn, i18n.language),
                })
              : t('reviews.schedule.none')}{' '}
          <button type="button" className="button small subtle" onClick={() => setEditing(true)}>
            {t('reviews.schedule.change')}
          </button>
        </p>
      )}
    </div>
  );
}
