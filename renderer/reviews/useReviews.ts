// The reviews of one case as the screens need them: the snapshots (oldest first), the current
// map ("now"), the next review date, and each snapshot's frozen map on demand (kept once read:
// a snapshot never changes). Every failure goes to the alert area.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MapData } from '../../shared/model';
import type { ReviewSchedule, SnapshotSummary } from '../../shared/snapshots/schemas';
import { useApi } from '../bridge/ApiContext';
import { useNotices } from '../errors/Notices';

/** A snapshot's id, or the current map. */
export type ItemId = string;
export const NOW: ItemId = 'now';

export interface ReviewItem {
  id: ItemId;
  label: string;
  /** The review's day; null for the current map. */
  takenOn: string | null;
  summary: SnapshotSummary | null;
}

export interface Reviews {
  snapshots: SnapshotSummary[];
  current: MapData;
  schedule: ReviewSchedule;
}

export function useReviews(caseId: string) {
  const api = useApi();
  const { report } = useNotices();
  const [reviews, setReviews] = useState<Reviews | null>(null);
  const [failed, setFailed] = useState(false);
  const frozen = useRef(new Map<string, Promise<MapData>>());

  const fetchAll = useCallback(async (): Promise<Reviews> => {
    const [snapshots, current, schedule] = await Promise.all([
      api['snapshots.list']({ caseId }),
      api['map.load']({ caseId }),
      api['reviews.get']({ caseId }),
    ]);
    return { snapshots, current, schedule };
  }, [api, caseId]);

  const fail = useCallback(
    (error: unknown) => {
      report(error);
      setFailed(true);
    },
    [report],
  );

  useEffect(() => {
    let current = true;
    fetchAll().then(
      (loaded) => current && setReviews(loaded),
      (error: unknown) => current && fail(error),
    );
    return () => {
      current = false;
    };
  }, [fetchAll, fail]);

  /** After a change (a snapshot taken, a new review started): everything again. */
  const reload = useCallback(async () => {
    try {
      setReviews(await fetchAll());
    } catch (error) {
      fail(error);
    }
  }, [fetchAll, fail]);

  /** The map of a snapshot or of now; a snapshot is fetched once. */
  const mapOf = useCallback(
    (id: ItemId): Promise<MapData> => {
      if (id === NOW) {
        return reviews ? Promise.resolve(reviews.current) : api['map.load']({ caseId });
      }
      let data = frozen.current.get(id);
      if (!data) {
        data = api['snapshots.get']({ id }).then((snapshot) => snapshot.data);
        data.catch(() => frozen.current.delete(id));
        frozen.current.set(id, data);
      }
      return data;
    },
    [api, caseId, reviews],
  );

  return { reviews, failed, reload, mapOf };
}

/** The timeline: every snapshot, then now. */
export function reviewItems(snapshots: readonly SnapshotSummary[], nowLabel: string): ReviewItem[] {
  return [
    ...snapshots.map((s) => ({ id: s.id, label: s.label, takenOn: s.takenOn, summary: s })),
    { id: NOW, label: nowLabel, takenOn: null, summary: null },
  ];
}
