// The reviews of one case: the timeline of snapshots, taking a new one (proposed when the review
// date has come), comparing any two (or one and now), opening one read-only, the evolution over
// all of them, and the meeting mode.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';
import { formatMonth, localToday } from './dates';
import { MeetingMode, useMeetingStep } from './MeetingMode';
import { ComparisonPane, EvolutionPane, SnapshotPane } from './panes';
import { ReviewSchedule } from './ReviewSchedule';
import { TakeSnapshotForm } from './TakeSnapshotForm';
import { Timeline } from './Timeline';
import { NOW, reviewItems, useReviews, type ItemId } from './useReviews';
import './reviews.css';

interface ReviewsScreenProps {
  caseId: string;
  onBack: () => void;
}

export function ReviewsScreen({ caseId, onBack }: ReviewsScreenProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { report } = useNotices();
  const { reviews, failed, reload, mapOf } = useReviews(caseId);
  const [pair, setPair] = useState<{ from: ItemId; to: ItemId } | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [taking, setTaking] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [meetingStep, setMeetingStep] = useMeetingStep(caseId);
  const nowLabel = t('reviews.timeline.now');
  const snapshots = reviews?.snapshots;
  const items = useMemo(() => reviewItems(snapshots ?? [], nowLabel), [snapshots, nowLabel]);
  const name = reviews?.current.case.pseudonym ?? '';

  useEffect(() => {
    if (!name) return;
    document.title = `${t('reviews.title', { name })} · Maillage`;
    return () => {
      document.title = 'Maillage';
    };
  }, [name, t]);

  const closeMeeting = useCallback(() => setMeetingStep(null), [setMeetingStep]);

  if (!reviews) {
    return (
      <main className="reviews-screen">
        <BackButton onBack={onBack} />
        <p className="muted">{failed ? t('reviews.loadFailed') : t('ui.loading')}</p>
      </main>
    );
  }

  const lastSnapshot = items.length >= 2 ? items[items.length - 2] : undefined;
  const shown = pair ?? (lastSnapshot ? { from: lastSnapshot.id, to: NOW } : null);
  const itemOf = (id: ItemId) => items.find((item) => item.id === id);
  const from = shown && itemOf(shown.from);
  const to = shown && itemOf(shown.to);
  const opened = viewing ? reviews.snapshots.find((s) => s.id === viewing) : undefined;

  const startFrom = async (snapshotId: string, label: string) => {
    try {
      await api['map.startFromSnapshot']({ snapshotId });
      setStatus(t('reviews.viewer.started', { label }));
      setViewing(null);
      await reload();
    } catch (error) {
      report(error);
    }
  };

  return (
    <main className="reviews-screen">
      <div className="reviews-header">
        <BackButton onBack={onBack} />
        <h1>{t('reviews.title', { name })}</h1>
        <div className="reviews-actions">
          <button
            type="button"
            className="button primary"
            onClick={() =>
              setTaking(
                t('reviews.take.defaultLabel', { month: formatMonth(localToday(), i18n.language) }),
              )
            }
          >
            {t('reviews.take.open')}
          </button>
          <button
            type="button"
            className="button"
            disabled={items.length < 2}
            onClick={() => setMeetingStep(items.length - 1)}
          >
            {t('reviews.meeting.open')}
          </button>
        </div>
      </div>
      <p className="form-status" role="status">
        {status}
      </p>
      <ReviewSchedule
        key={reviews.schedule.nextReviewOn ?? 'none'}
        schedule={reviews.schedule}
        onChanged={() => void reload()}
        onTakeDue={() =>
          setTaking(
            t('reviews.take.defaultLabel', { month: formatMonth(localToday(), i18n.language) }),
          )
        }
      />
      {taking !== null && (
        <div className="panel">
          <TakeSnapshotForm
            caseId={caseId}
            defaultLabel={taking}
            onTaken={(summary) => {
              setTaking(null);
              setPair(null);
              setStatus(t('reviews.take.done', { label: summary.label }));
              void reload();
            }}
            onCancel={() => setTaking(null)}
          />
        </div>
      )}
      <div className="reviews-layout">
        <aside className="panel reviews-timeline">
          <h2>{t('reviews.timeline.title')}</h2>
          {reviews.snapshots.length === 0 && <p className="muted">{t('reviews.timeline.empty')}</p>}
          <Timeline
            items={items}
            from={viewing ? null : (from?.id ?? null)}
            to={viewing ? null : (to?.id ?? null)}
            onCompare={(f, tt) => {
              setViewing(null);
              setPair({ from: f, to: tt });
            }}
            onOpen={setViewing}
          />
        </aside>
        <div className="panel reviews-main">
          {opened ? (
            <SnapshotPane
              key={opened.id}
              summary={opened}
              mapOf={mapOf}
              onStartFrom={() => void startFrom(opened.id, opened.label)}
              onClose={() => setViewing(null)}
            />
          ) : from && to ? (
            <ComparisonPane from={from} to={to} mapOf={mapOf} />
          ) : (
            <p className="empty-state">{t('reviews.compare.nothing')}</p>
          )}
        </div>
      </div>
      {items.length >= 2 && <EvolutionPane items={items} mapOf={mapOf} />}
      {meetingStep !== null && (
        <MeetingMode
          title={t('reviews.meeting.heading', { name })}
          items={items}
          step={meetingStep}
          onStep={setMeetingStep}
          onClose={closeMeeting}
          mapOf={mapOf}
        />
      )}
    </main>
  );
}

function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button back" onClick={onBack}>
      <span aria-hidden="true">←</span> {t('reviews.back')}
    </button>
  );
}
