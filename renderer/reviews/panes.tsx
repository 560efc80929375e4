// The parts of the reviews screen that wait for maps: a comparison of two reviews, one snapshot
// opened read-only, and the evolution over all reviews.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../shared/model';
import { useNotices } from '../errors/Notices';
import type { SnapshotSummary } from '../../shared/snapshots/schemas';
import { ComparisonView } from './ComparisonView';
import { evolutionSeries } from './evolution';
import { EvolutionChart } from './EvolutionChart';
import { measuresOf } from './measuresCache';
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

/**
 * Keeps the comparison on screen while the next pair loads, so the map is updated in place
 * (only what differs is redrawn) instead of being built again.
 */
export function ComparisonPane({ from, to, mapOf, variant }: ComparisonPaneProps) {
  const { report } = useNotices();
  const [shown, setShown] = useState<Shown | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([mapOf(from.id), mapOf(to.id)]).then(
      ([before, after]) => current && setShown({ from, to, before, after }),
      (error: unknown) => current && report(error),
    );
    return () => {
      current = false;
    };
  }, [from, to, mapOf, report]);
  if (!shown) return <Loading />;
  return (
    <ComparisonView
      before={{ label: shown.from.label, data: shown.before }}
      after={{ label: shown.to.label, data: shown.after }}
      variant={variant}
    />
  );
}

interface Shown {
  from: ReviewItem;
  to: ReviewItem;
  before: MapData;
  after: MapData;
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

/**
 * The evolution reads every snapshot of the case: it starts when its panel comes into view, so
 * opening the reviews draws the comparison on top of the screen first.
 */
export function EvolutionPane({ items, mapOf }: { items: ReviewItem[]; mapOf: MapOf }) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  const [panel, setPanel] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (!panel || visible) return;
    if (typeof IntersectionObserver === 'undefined') {
      const timer = setTimeout(() => setVisible(true), 0);
      return () => clearTimeout(timer);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: '120px' },
    );
    observer.observe(panel);
    return () => observer.disconnect();
  }, [panel, visible]);
  return (
    <section ref={setPanel} className="panel evolution" aria-labelledby="evolution-title">
      <h2 id="evolution-title">{t('reviews.evolution.title')}</h2>
      {visible ? <Evolution items={items} mapOf={mapOf} /> : <Loading />}
    </section>
  );
}

function Evolution({ items, mapOf }: { items: ReviewItem[]; mapOf: MapOf }) {
  const maps = useLoadedMaps(
    items.map((item) => item.id),
    mapOf,
  );
  const series = useMemo(
    () =>
      maps &&
      evolutionSeries(
        maps.map((data, i) => ({ label: items[i]?.label ?? '', measures: measuresOf(data) })),
      ),
    [maps, items],
  );
  if (!series) return <Loading />;
  return <EvolutionChart series={series} />;
}
