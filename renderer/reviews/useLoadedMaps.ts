// Waits for the maps of several reviews at once; null until all have arrived (or if one fails,
// which the alert area reports).
import { useEffect, useState } from 'react';
import type { MapData } from '../../shared/model';
import { useNotices } from '../errors/Notices';
import type { ItemId } from './useReviews';

export function useLoadedMaps(
  ids: readonly ItemId[],
  mapOf: (id: ItemId) => Promise<MapData>,
): MapData[] | null {
  const { report } = useNotices();
  const [loaded, setLoaded] = useState<{ key: string; maps: MapData[] } | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    let current = true;
    Promise.all(key === '' ? [] : key.split(',').map((id) => mapOf(id))).then(
      (maps) => {
        if (current) setLoaded({ key, maps });
      },
      (error: unknown) => {
        if (current) report(error);
      },
    );
    return () => {
      current = false;
    };
  }, [key, mapOf, report]);

  return loaded?.key === key ? loaded.maps : null;
}
