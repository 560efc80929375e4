// The evolution of a case over all its reviews, as chart series: size per sphere, the share of
// the person's strong ties and the person's constraint, one point per snapshot (and now).
import { SPHERES } from '../../shared/model';
import type { MapMeasures, Sphere } from '../../shared/snapshots/measures';

export interface EvolutionPoint {
  label: string;
  measures: MapMeasures;
}

export interface EvolutionSeries {
  labels: string[];
  sizes: Record<Sphere, number[]>;
  /** 0 to 1; null where the person had no tie. */
  strongShare: (number | null)[];
  constraint: (number | null)[];
}

export function evolutionSeries(points: readonly EvolutionPoint[]): EvolutionSeries {
  return {
    labels: points.map((p) => p.label),
    sizes: Object.fromEntries(
      SPHERES.map((s) => [s, points.map((p) => p.measures.bySphere[s])]),
    ) as Record<Sphere, number[]>,
    strongShare: points.map((p) => p.measures.strongShare),
    constraint: points.map((p) => p.measures.constraint),
  };
}
