// The parts of the reviews screen that wait for maps: a comparison of two reviews, one snapshot
// opened read-only, and the evolution over all reviews.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../shared/model';
import { mapMeasures } from '../../shared/snapshots/measures';
import type { SnapshotSummary } from '../../shared/snapshots/schemas';
import { ComparisonView } from './ComparisonView';
import { evolutionSeries } from './evolution';
import { EvolutionChart } from './EvolutionChart';
import { SnapshotViewer } from './SnapshotViewer';
import { useLoadedMaps } from './useLoadedMaps';
import type { ItemId, ReviewItem } from './useReviews';

type MapOf = (id: ItemId) => Promise<MapData>;

function Loading() {
  const { t } = useTranslation();
  return <p className="muted">{t('ui.loading')}</p>;
}

interface ComparisonPaneProps {
  from: ReviewItem;
  to: ReviewItem;
  mapOf: MapOf;
  variant?: 'full' | 'meeting';
}

export function ComparisonPane({ from, to, mapOf, variant }: ComparisonPaneProps) {
  const maps = useLoadedMaps([from.id, to.id], mapOf);
  if (!maps) return <Loading />;
  const [before, after] = maps as [MapData, MapData];
  return (
    <ComparisonView
      before={{ label: from.label, data: before }}
      after={{ label: to.label, data: after }}
      variant={variant}
    />
  );
}

interface SnapshotPaneProps {
  summary: SnapshotSummary;
  mapOf: MapOf;
  onStartFrom: () => void;
  onClose: () => void;
}

export function SnapshotPane({ summary, mapOf, onStartFrom, onClose }: SnapshotPaneProps) {
  const maps = useLoadedMaps([summary.id], mapOf);
  if (!maps) return <Loading />;
  return (
    <SnapshotViewer
      summary={summary}
      data={maps[0] as MapData}
      onStartFrom={onStartFrom}
      onClose={onClose}
    />
  );
}

export function EvolutionPane({ items, mapOf }: { items: ReviewItem[]; mapOf: MapOf }) {
  const maps = useLoadedMaps(
    items.map((item) => item.id),
    mapOf,
  );
  const series = useMemo(
    () =>
      maps &&
      evolutionSeries(
        maps.map((data, i) => ({ label: items[i]?.label ?? '', measures: mapMeasures(data) })),
      ),
    [maps, items],
  );
  if (!series) return <Loading />;
  return <EvolutionChart series={series} />;
}
