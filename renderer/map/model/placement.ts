// Where a new actor first appears: the person at the centre; around them one sector per sphere
// and, inside it, a ring by closeness (closer tie, nearer the centre), as participatory ecomap
// tools draw it. The slot chosen is the first one far enough from the actors already there.
import { SPHERES, type MapData, type Placement } from '../../../shared/model';
import type { Sphere } from './enums';

export interface Point {
  x: number;
  y: number;
}

export const CENTRE: Point = { x: 0, y: 0 };

/** Ring radius by closeness to the person (5 = indispensable, nearest). */
export const RING_RADIUS: Record<1 | 2 | 3 | 4 | 5, number> = {
  5: 130,
  4: 190,
  3: 250,
  2: 310,
  1: 370,
};
/** An actor with no direct tie to the person sits on the outer side of the middle ring. */
export const UNTIED_RADIUS = 280;

/** Centre angle of each sphere's sector, in degrees, 0 = right, clockwise (screen y points down). */
export const SECTOR_ANGLE: Record<Sphere, number> = {
  primary: -90,
  informal_secondary: 30,
  formal_secondary: 150,
};
export const SECTOR_HALF_WIDTH = 55;

/** Distance kept from other actors, and from the line between the person and the new actor. */
const MIN_GAP = 95;
const MIN_CLEARANCE = 60;
const ANGLE_STEP = 8;

function polar(centre: Point, radius: number, degrees: number): Point {
  const radians = (degrees * Math.PI) / 180;
  return {
    x: Math.round(centre.x + radius * Math.cos(radians)),
    y: Math.round(centre.y + radius * Math.sin(radians)),
  };
}

function nearestDistance(point: Point, others: readonly Point[]): number {
  let nearest = Infinity;
  for (const other of others)
    nearest = Math.min(nearest, Math.hypot(point.x - other.x, point.y - other.y));
  return nearest;
}

/** How close the others come to the segment from..to (a tie drawn through an actor hides it). */
function segmentClearance(from: Point, to: Point, others: readonly Point[]): number {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length2 = dx * dx + dy * dy;
  let nearest = Infinity;
  for (const other of others) {
    if (other.x === from.x && other.y === from.y) continue;
    const along = length2 === 0 ? 0 : ((other.x - from.x) * dx + (other.y - from.y) * dy) / length2;
    const t = Math.min(1, Math.max(0, along));
    nearest = Math.min(
      nearest,
      Math.hypot(other.x - (from.x + t * dx), other.y - (from.y + t * dy)),
    );
  }
  return nearest;
}

/** Candidate slots from the sector's middle outwards, on the ring then slightly outside it. */
function candidates(centre: Point, sphere: Sphere, radius: number): Point[] {
  const slots: Point[] = [];
  for (const ring of [radius, radius + 60, radius + 120]) {
    for (let offset = 0; offset <= SECTOR_HALF_WIDTH; offset += ANGLE_STEP) {
      const angles = offset === 0 ? [0] : [offset, -offset];
      for (const a of angles) slots.push(polar(centre, ring, SECTOR_ANGLE[sphere] + a));
    }
  }
  return slots;
}

export function initialPosition(
  sphere: Sphere,
  closenessToEgo: number | null,
  egoAt: Point,
  occupied: readonly Point[],
): Point {
  const radius =
    closenessToEgo === null ? UNTIED_RADIUS : RING_RADIUS[closenessToEgo as 1 | 2 | 3 | 4 | 5];
  const slots = candidates(egoAt, sphere, radius ?? UNTIED_RADIUS);
  let best = slots[0] ?? egoAt;
  let bestScore = -1;
  for (const slot of slots) {
    const gap = nearestDistance(slot, occupied);
    // Neither the new tie to the person may cross an actor, nor the new actor sit on another's tie.
    const clearance = Math.min(
      segmentClearance(egoAt, slot, occupied),
      ...occupied.map((other) => segmentClearance(egoAt, other, [slot])),
    );
    if (gap >= MIN_GAP && clearance >= MIN_CLEARANCE) return slot;
    const score = Math.min(gap / MIN_GAP, clearance / MIN_CLEARANCE);
    if (score > bestScore) [best, bestScore] = [slot, score];
  }
  return best;
}

/** The strongest closeness of the ties between an actor and the person, or null without one. */
export function closenessToEgo(data: MapData, egoId: string, actorId: string): number | null {
  let closest: number | null = null;
  for (const tie of data.ties) {
    const joins =
      (tie.sourceId === egoId && tie.targetId === actorId) ||
      (tie.targetId === egoId && tie.sourceId === actorId);
    if (joins) closest = Math.max(closest ?? 0, tie.closeness);
  }
  return closest;
}

/** Placements for every actor that has none yet (the person first, at the centre). */
export function placeMissing(data: MapData): Placement[] {
  const placed = new Map(data.placements.map((p) => [p.actorId, { x: p.x, y: p.y }]));
  const added: Placement[] = [];
  const ego = data.actors.find((actor) => actor.isEgo);
  if (ego && !placed.has(ego.id)) {
    placed.set(ego.id, CENTRE);
    added.push({ actorId: ego.id, ...CENTRE });
  }
  const egoAt = (ego && placed.get(ego.id)) ?? CENTRE;
  // Closer actors first, so the inner rings fill before the outer ones.
  const unplaced = data.actors
    .filter((actor) => !placed.has(actor.id))
    .map((actor) => ({ actor, closeness: ego ? closenessToEgo(data, ego.id, actor.id) : null }))
    .sort(
      (a, b) =>
        (b.closeness ?? 0) - (a.closeness ?? 0) ||
        sphereOrder(a.actor.sphere) - sphereOrder(b.actor.sphere),
    );
  for (const { actor, closeness } of unplaced) {
    const point = initialPosition(actor.sphere, closeness, egoAt, [...placed.values()]);
    placed.set(actor.id, point);
    added.push({ actorId: actor.id, ...point });
  }
  return added;
}

function sphereOrder(sphere: Sphere): number {
  return SPHERES.indexOf(sphere);
}
