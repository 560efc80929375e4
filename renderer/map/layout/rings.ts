// The three rings of closeness drawn around the person, and how they map to the 1-5 closeness of
// the tie to the person (shared/model.ts):
//
//   inner  "indispensable"  closeness 5      (Antonucci: "can't imagine life without")
//   middle "important"      closeness 4, 3
//   outer  "present"        closeness 2, 1
//
// An actor with no tie to the person sits outside the rings. Dropping an actor into a ring
// keeps its closeness when it already lies in that ring, otherwise takes the ring's value
// nearest to it (5 → middle gives 4, 2 → middle gives 3); a new tie to the person takes the
// ring's representative value (5, 3 or 2: the middle of the scale for "important", a weak
// but real tie for "present").
import type { MapData } from '../../../shared/model';

export const RINGS = ['inner', 'middle', 'outer'] as const;
export type Ring = (typeof RINGS)[number];
/** Where an actor sits: one of the rings, or outside them (no tie to the person). */
export type Zone = Ring | 'outside';
export const ZONES: readonly Zone[] = [...RINGS, 'outside'];

export const RING_CLOSENESS: Record<Ring, readonly number[]> = {
  inner: [5],
  middle: [4, 3],
  outer: [2, 1],
};

export const RING_REPRESENTATIVE: Record<Ring, number> = { inner: 5, middle: 3, outer: 2 };

export function ringOfCloseness(closeness: number): Ring {
  if (closeness >= 5) return 'inner';
  return closeness >= 3 ? 'middle' : 'outer';
}

export function zoneOfCloseness(closeness: number | null): Zone {
  return closeness === null ? 'outside' : ringOfCloseness(closeness);
}

/** The closeness a tie gets when its actor is dropped into `ring` (null: keep it). */
export function closenessForRing(ring: Ring, current: number | null): number {
  const values = RING_CLOSENESS[ring];
  if (current === null) return RING_REPRESENTATIVE[ring];
  if (values.includes(current)) return current;
  return [...values].sort((a, b) => Math.abs(a - current) - Math.abs(b - current))[0]!;
}

export interface EgoTies {
  egoId: string | null;
  /** Per actor, the strongest closeness of its ties to the person. */
  closeness: Map<string, number>;
  /** Per actor, the id of that strongest tie (the one a drop on a ring changes). */
  tieId: Map<string, string>;
}

/** One pass over the ties: each actor's closeness to the person, as the rings show it. */
export function egoTiesOf(data: MapData): EgoTies {
  const ego = data.actors.find((actor) => actor.isEgo);
  const closeness = new Map<string, number>();
  const tieId = new Map<string, string>();
  if (!ego) return { egoId: null, closeness, tieId };
  for (const tie of data.ties) {
    const other =
      tie.sourceId === ego.id ? tie.targetId : tie.targetId === ego.id ? tie.sourceId : null;
    if (other === null) continue;
    const was = closeness.get(other);
    if (was === undefined || tie.closeness > was) {
      closeness.set(other, tie.closeness);
      tieId.set(other, tie.id);
    }
  }
  return { egoId: ego.id, closeness, tieId };
}
