// One snapshot, read-only, as the map was on the day of the review: the map, its facts, the
// meeting notes, and "start the new review from here" (after a confirmation).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../shared/model';
import type { SnapshotSummary } from '../../shared/snapshots/schemas';
import { ConfirmDialog } from '../forms/ConfirmDialog';
import { mapElements } from '../map/look/elements';
import { mapStylesheet } from '../map/look/stylesheet';
import { formatDay } from './dates';
import { MeetingNotes } from './MeetingNotes';
import { ReadOnlyMap } from './ReadOnlyMap';

interface SnapshotViewerProps {
  summary: SnapshotSummary;
  data: MapData;
  onStartFrom: () => void;
  onClose: () => void;
}

const STYLESHEET = mapStylesheet();

export function SnapshotViewer({ summary, data, onStartFrom, onClose }: SnapshotViewerProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const elements = useMemo(() => mapElements(data), [data]);
  return (
    <section className="snapshot-viewer" aria-label={summary.label}>
      <div className="snapshot-head">
        <div>
          <h2>{summary.label}</h2>
          <p className="muted">
            {t('reviews.viewer.facts', {
              date: formatDay(summary.takenOn, i18n.language),
              actors: t('ui.cases.actorCount', { count: summary.actorCount }),
              ties: t('ui.cases.tieCount', { count: summary.tieCount }),
            })}
          </p>
          <p className="read-only-badge">{t('reviews.viewer.readOnly')}</p>
        </div>
        <div className="snapshot-actions">
          <button type="button" className="button" onClick={() => setConfirming(true)}>
            {t('reviews.viewer.startFrom')}
          </button>
          <button type="button" className="button subtle" onClick={onClose}>
            {t('reviews.viewer.close')}
          </button>
        </div>
      </div>
      <div className="snapshot-body">
        <ReadOnlyMap
          elements={elements}
          stylesheet={STYLESHEET}
          label={t('reviews.viewer.mapLabel', { label: summary.label })}
        />
        <MeetingNotes snapshotId={summary.id} />
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('reviews.viewer.confirmTitle')}
          message={t('reviews.viewer.confirmMessage', { label: summary.label })}
          confirmLabel={t('reviews.viewer.confirm')}
          cancelLabel={t('reviews.cancel')}
          onConfirm={() => {
            setConfirming(false);
            onStartFrom();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
