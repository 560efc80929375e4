// The measures of a map, computed once per map object: a snapshot's map never changes and is
// kept by useReviews, so the evolution chart and every comparison share one computation.
import type { MapData } from '../../shared/model';
import { mapMeasures, type MapMeasures } from '../../shared/snapshots/measures';

const cache = new WeakMap<MapData, MapMeasures>();

export function measuresOf(data: MapData): MapMeasures {
  let measures = cache.get(data);
  if (!measures) {
    measures = mapMeasures(data);
    cache.set(data, measures);
  }
  return measures;
}
