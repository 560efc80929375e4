// The measures of the analytics (shared/analytics) that a review follows over time, for one map:
// size per sphere, the share of strong ties among the person's ties, the person's effective size
// and constraint (Burt), the brokers (Gould and Fernandez, on the support graph, as the analysis
// view counts them) and the spheres present. Plain numbers, so two maps compare field by field.
import {
  brokerage,
  buildMapGraphs,
  mapComposition,
  structuralHoles,
  type MapGraphs,
} from '../analytics';
import { SPHERES, type MapData } from '../model';

export type Sphere = (typeof SPHERES)[number];

export interface MapMeasures {
  /** Actors around the person (the person excluded). */
  actors: number;
  /** Ties that still carry something (broken ones excluded, as the analytics do). */
  ties: number;
  bySphere: Record<Sphere, number>;
  /** The person's ties, and the share of them that are strong; null without any. */
  personTies: number;
  strongShare: number | null;
  /** Burt's effective size and constraint of the person; null when the person has no tie. */
  effectiveSize: number | null;
  constraint: number | null;
  /** Actors other than the person who broker support between others, sorted by id. */
  brokers: string[];
  spheres: Sphere[];
}

const finite = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

export function mapMeasures(data: Pick<MapData, 'actors' | 'ties'>): MapMeasures {
  return measuresOf(buildMapGraphs(data));
}

export function measuresOf(graphs: MapGraphs): MapMeasures {
  const composition = mapComposition(graphs);
  let personTies = 0;
  let strong = 0;
  for (const sphere of SPHERES) {
    personTies += composition.strongShareBySphere[sphere].ties;
    strong += composition.strongShareBySphere[sphere].strong;
  }
  const ego = graphs.egoId;
  const holes = ego !== null && graphs.map.degree(ego) > 0 ? structuralHoles(graphs.map) : null;
  const roles = brokerage(graphs.support, { group: 'sphere' });
  const brokers = Object.keys(roles)
    .filter((id) => id !== ego && (roles[id]?.total ?? 0) > 0)
    .sort();
  return {
    actors: composition.actors,
    ties: graphs.map.size,
    bySphere: { ...composition.bySphere },
    personTies,
    strongShare: personTies === 0 ? null : strong / personTies,
    effectiveSize: holes && ego !== null ? finite(holes.effectiveSize[ego]) : null,
    constraint: holes && ego !== null ? finite(holes.constraint[ego]) : null,
    brokers,
    spheres: SPHERES.filter((s) => composition.bySphere[s] > 0),
  };
}
