// What changed between two maps of a case (two snapshots, or a snapshot and now): actors and
// ties added, lost or changed, and the measures side by side. Pure: the comparison view draws
// it, the narrative tells it, the tests check it on small known maps.
// Matching: the person at the centre with the person; then actors by id (snapshots of one map
// share ids); then, among the rest, by kind and name (someone removed and added again is the
// same person). Ties by their two matched ends, then by id within a pair.
import { tieStrength } from '../analytics';
import { VALENCES, type Actor, type MapData, type Tie } from '../model';
import { mapMeasures, type MapMeasures, type Sphere } from './measures';
import { normaliseName } from './names';

type Valence = (typeof VALENCES)[number];
type Domain = Actor['domain'];

/**
 * The circle an actor is placed in around the person, 1 (innermost) to 5: the rings the map
 * draws by closeness (renderer/map/model/placement.ts, radii 130 to 370), split half-way.
 */
export const RING_LIMITS = [160, 220, 280, 340] as const;

export function ringAt(distance: number): number {
  const index = RING_LIMITS.findIndex((limit) => distance < limit);
  return index === -1 ? RING_LIMITS.length + 1 : index + 1;
}

export interface ActorSide {
  id: string;
  name: string;
  roleLabel: string;
  kind: Actor['kind'];
  sphere: Sphere;
  domain: Domain;
  isEgo: boolean;
  /** The circle the actor is placed in; null when unplaced (and for the person). */
  ring: number | null;
}

export type ActorChange =
  | { field: 'sphere'; from: Sphere; to: Sphere }
  | { field: 'domain'; from: Domain; to: Domain }
  | { field: 'ring'; from: number; to: number; direction: 'closer' | 'farther' };

export interface ChangedActor {
  before: ActorSide;
  after: ActorSide;
  changes: ActorChange[];
}

export interface TieSide {
  id: string;
  source: ActorSide;
  target: ActorSide;
  /** The end that is not the person, when the tie is the person's; null otherwise. */
  other: ActorSide | null;
  closeness: number;
  valence: Valence;
  strong: boolean;
}

export type TieChange =
  | { field: 'closeness'; from: number; to: number; direction: 'closer' | 'farther' }
  | { field: 'valence'; from: Valence; to: Valence; direction: 'better' | 'worse' }
  | { field: 'strength'; from: boolean; to: boolean; direction: 'stronger' | 'weaker' };

export interface ChangedTie {
  before: TieSide;
  after: TieSide;
  changes: TieChange[];
}

export interface MapComparison {
  actors: { added: ActorSide[]; lost: ActorSide[]; changed: ChangedActor[]; kept: number };
  ties: { added: TieSide[]; lost: TieSide[]; changed: ChangedTie[]; kept: number };
  measures: { before: MapMeasures; after: MapMeasures };
  brokers: { gained: ActorSide[]; lost: ActorSide[] };
  spheres: { appeared: Sphere[]; vanished: Sphere[] };
  /** For each actor of the later map matched to one of the earlier map: later id → earlier id. */
  matched: ReadonlyMap<string, string>;
}

export interface CompareOptions {
  /** Measures already computed for a map (the evolution chart has them); by default computed. */
  measures?: (data: MapData) => MapMeasures;
}

export function compareMaps(
  before: MapData,
  after: MapData,
  options: CompareOptions = {},
): MapComparison {
  const measure = options.measures ?? mapMeasures;
  const sidesBefore = actorSides(before);
  const sidesAfter = actorSides(after);
  const matched = matchActors(before.actors, after.actors);

  const matchedBefore = new Set(matched.values());
  const added = after.actors.filter((a) => !matched.has(a.id)).map((a) => side(sidesAfter, a.id));
  const lost = before.actors
    .filter((a) => !matchedBefore.has(a.id))
    .map((a) => side(sidesBefore, a.id));
  const changed: ChangedActor[] = [];
  for (const [afterId, beforeId] of matched) {
    const b = side(sidesBefore, beforeId);
    const a = side(sidesAfter, afterId);
    const changes = actorChanges(b, a);
    if (changes.length > 0) changed.push({ before: b, after: a, changes });
  }

  const ties = compareTies(before, after, sidesBefore, sidesAfter, matched);
  const measures = { before: measure(before), after: measure(after) };
  const brokersBefore = new Set(measures.before.brokers);
  const brokersAfter = new Set(measures.after.brokers);
  const beforeOf = (afterId: string) => matched.get(afterId);
  const afterOf = new Map([...matched].map(([a, b]) => [b, a] as const));
  const gained = measures.after.brokers
    .filter((id) => {
      const previous = beforeOf(id);
      return previous === undefined || !brokersBefore.has(previous);
    })
    .map((id) => side(sidesAfter, id));
  const lostBrokers = measures.before.brokers
    .filter((id) => {
      const next = afterOf.get(id);
      return next === undefined || !brokersAfter.has(next);
    })
    .map((id) => side(sidesBefore, id));

  return {
    actors: { added, lost, changed, kept: matched.size - changed.length },
    ties,
    measures,
    brokers: { gained, lost: lostBrokers },
    spheres: {
      appeared: measures.after.spheres.filter((s) => !measures.before.spheres.includes(s)),
      vanished: measures.before.spheres.filter((s) => !measures.after.spheres.includes(s)),
    },
    matched,
  };
}

function side(sides: Map<string, ActorSide>, id: string): ActorSide {
  const found = sides.get(id);
  if (!found) throw new Error(`No actor ${id} in the map compared`);
  return found;
}

function actorSides(data: MapData): Map<string, ActorSide> {
  const ego = data.actors.find((a) => a.isEgo);
  const places = new Map(data.placements.map((p) => [p.actorId, p] as const));
  const centre = ego ? places.get(ego.id) : undefined;
  const sides = new Map<string, ActorSide>();
  for (const actor of data.actors) {
    const place = places.get(actor.id);
    const ring =
      actor.isEgo || !place || !centre
        ? null
        : ringAt(Math.hypot(place.x - centre.x, place.y - centre.y));
    sides.set(actor.id, {
      id: actor.id,
      name: actor.name,
      roleLabel: actor.roleLabel,
      kind: actor.kind,
      sphere: actor.sphere,
      domain: actor.domain,
      isEgo: actor.isEgo,
      ring,
    });
  }
  return sides;
}

/** Later id → earlier id. */
function matchActors(before: readonly Actor[], after: readonly Actor[]): Map<string, string> {
  const matched = new Map<string, string>();
  const taken = new Set<string>();
  const pair = (a: string, b: string) => {
    matched.set(a, b);
    taken.add(b);
  };
  const egoBefore = before.find((a) => a.isEgo);
  const egoAfter = after.find((a) => a.isEgo);
  if (egoBefore && egoAfter) pair(egoAfter.id, egoBefore.id);
  const beforeIds = new Map(before.filter((a) => !a.isEgo).map((a) => [a.id, a] as const));
  for (const actor of after) {
    if (actor.isEgo || !beforeIds.has(actor.id)) continue;
    pair(actor.id, actor.id);
  }
  const byName = new Map<string, string[]>();
  for (const actor of before) {
    if (actor.isEgo || taken.has(actor.id)) continue;
    const key = `${actor.kind}|${normaliseName(actor.name)}`;
    byName.set(key, [...(byName.get(key) ?? []), actor.id]);
  }
  for (const actor of after) {
    if (actor.isEgo || matched.has(actor.id)) continue;
    const candidates = byName.get(`${actor.kind}|${normaliseName(actor.name)}`);
    const first = candidates?.shift();
    if (first !== undefined) pair(actor.id, first);
  }
  return matched;
}

function actorChanges(before: ActorSide, after: ActorSide): ActorChange[] {
  if (after.isEgo) return [];
  const changes: ActorChange[] = [];
  if (before.sphere !== after.sphere) {
    changes.push({ field: 'sphere', from: before.sphere, to: after.sphere });
  }
  if (before.domain !== after.domain) {
    changes.push({ field: 'domain', from: before.domain, to: after.domain });
  }
  if (before.ring !== null && after.ring !== null && before.ring !== after.ring) {
    changes.push({
      field: 'ring',
      from: before.ring,
      to: after.ring,
      direction: after.ring < before.ring ? 'closer' : 'farther',
    });
  }
  return changes;
}

function tieSide(tie: Tie, sides: Map<string, ActorSide>): TieSide | null {
  const source = sides.get(tie.sourceId);
  const target = sides.get(tie.targetId);
  if (!source || !target || source.id === target.id) return null;
  return {
    id: tie.id,
    source,
    target,
    other: source.isEgo ? target : target.isEgo ? source : null,
    closeness: tie.closeness,
    valence: tie.valence,
    strong: tieStrength(tie).strong,
  };
}

function compareTies(
  before: MapData,
  after: MapData,
  sidesBefore: Map<string, ActorSide>,
  sidesAfter: Map<string, ActorSide>,
  matched: ReadonlyMap<string, string>,
): MapComparison['ties'] {
  // Ends are named by the earlier map's ids when matched, so a pair has one key on both sides.
  const keyOf = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const earlier = new Map<string, TieSide[]>();
  for (const tie of before.ties) {
    const s = tieSide(tie, sidesBefore);
    if (!s) continue;
    const key = keyOf(tie.sourceId, tie.targetId);
    earlier.set(key, [...(earlier.get(key) ?? []), s]);
  }
  const added: TieSide[] = [];
  const changed: ChangedTie[] = [];
  let kept = 0;
  for (const tie of after.ties) {
    const s = tieSide(tie, sidesAfter);
    if (!s) continue;
    const key = keyOf(
      matched.get(tie.sourceId) ?? `new:${tie.sourceId}`,
      matched.get(tie.targetId) ?? `new:${tie.targetId}`,
    );
    const candidates = earlier.get(key);
    if (!candidates || candidates.length === 0) {
      added.push(s);
      continue;
    }
    const index = Math.max(
      0,
      candidates.findIndex((c) => c.id === tie.id),
    );
    const [previous] = candidates.splice(index, 1) as [TieSide];
    const changes = tieChanges(previous, s);
    if (changes.length > 0) changed.push({ before: previous, after: s, changes });
    else kept += 1;
  }
  const lost = [...earlier.values()].flat();
  return { added, lost, changed, kept };
}

function tieChanges(before: TieSide, after: TieSide): TieChange[] {
  const changes: TieChange[] = [];
  if (before.closeness !== after.closeness) {
    changes.push({
      field: 'closeness',
      from: before.closeness,
      to: after.closeness,
      direction: after.closeness > before.closeness ? 'closer' : 'farther',
    });
  }
  if (before.valence !== after.valence) {
    changes.push({
      field: 'valence',
      from: before.valence,
      to: after.valence,
      // VALENCES runs from the best quality to the worst.
      direction:
        VALENCES.indexOf(after.valence) < VALENCES.indexOf(before.valence) ? 'better' : 'worse',
    });
  }
  if (before.strong !== after.strong) {
    changes.push({
      field: 'strength',
      from: before.strong,
      to: after.strong,
      direction: after.strong ? 'stronger' : 'weaker',
    });
  }
  return changes;
}
