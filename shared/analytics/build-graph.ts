// Graphs built from a map (the model is the truth; these are views of it, rebuilt on demand).
// - `map`: undirected, one edge per pair of actors who have an active tie.
// - `support`: directed, u→v when u supports v (Tracy and Whittaker's direction of help).
// - `withoutEgo`: `map` without the person, "the network without the person".
// Choices, so that every measure reads the same thing:
// - A broken tie (Hartman's "interrupted line") carries nothing any more: it stays on the map but
//   is no path, so it is left out of the three graphs unless `includeBroken` is set. It still
//   counts in the actor's `egoValence` (the quality of their tie with the person).
// - Two ties between the same pair (A→B and B→A drawn separately) become one edge. Its fields are
//   those of the pair's representative tie: an active tie before a broken one, then the strongest
//   (tie-strength score), then the smallest id; `tieIds` lists all of them. In the support graph
//   the directions and types of support of all the pair's active ties are united.
// - Ties to an unknown actor and ties from an actor to itself are ignored.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import {
  SUPPORT_TYPES,
  type ACTOR_KINDS,
  type DOMAINS,
  type MapData,
  type SPHERES,
  type Tie,
  type TieFields,
  type VALENCES,
} from '../model';
import { tieStrength } from './tie-strength';

type Sphere = (typeof SPHERES)[number];
type Domain = (typeof DOMAINS)[number];
type ActorKind = (typeof ACTOR_KINDS)[number];
type Valence = (typeof VALENCES)[number];
type SupportType = (typeof SUPPORT_TYPES)[number];

export interface ActorNode {
  label: string;
  sphere: Sphere;
  domain: Domain;
  kind: ActorKind;
  isEgo: boolean;
  /** The quality of this actor's tie with the person; null when they have none (and for the person). */
  egoValence: Valence | null;
}

export interface TieEdge extends TieFields {
  /** The representative tie of the pair (also the edge's key). */
  tieId: string;
  /** Every tie drawn between the pair, sorted. */
  tieIds: string[];
  /** The representative tie's ends: `supportForward` flows from `sourceId` to `targetId`. */
  sourceId: string;
  targetId: string;
  /** Tie-strength score of the representative tie (tie-strength.ts). */
  strength: number;
  strong: boolean;
}

export interface SupportEdge {
  /** The ties through which this support flows, sorted. */
  tieIds: string[];
  /** Types of support given along u→v, in the model's order. */
  types: SupportType[];
}

export type MapGraph = UndirectedGraph<ActorNode, TieEdge>;
export type SupportGraph = DirectedGraph<ActorNode, SupportEdge>;

export interface MapGraphs {
  /** The person at the centre; null for a map without one (never the case in the app). */
  egoId: string | null;
  map: MapGraph;
  support: SupportGraph;
  withoutEgo: MapGraph;
}

export interface BuildOptions {
  /** Keep broken ties as edges (to show them, not to measure with them). */
  includeBroken?: boolean;
}

interface Candidate {
  tie: Tie;
  strength: number;
  strong: boolean;
  active: boolean;
}

/** Better representative first: active, then stronger, then smaller id. */
function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.active !== b.active) return a.active ? -1 : 1;
  if (a.strength !== b.strength) return b.strength - a.strength;
  return a.tie.id < b.tie.id ? -1 : a.tie.id > b.tie.id ? 1 : 0;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function buildMapGraphs(
  data: Pick<MapData, 'actors' | 'ties'>,
  options: BuildOptions = {},
): MapGraphs {
  const ego = data.actors.find((actor) => actor.isEgo);
  const egoId = ego?.id ?? null;
  const known = new Set(data.actors.map((actor) => actor.id));

  // Group the ties by pair, in the order of the data, so the result never depends on a hash order.
  const pairs = new Map<string, Candidate[]>();
  for (const tie of data.ties) {
    if (!known.has(tie.sourceId) || !known.has(tie.targetId)) continue;
    if (tie.sourceId === tie.targetId) continue;
    const { score, strong } = tieStrength(tie);
    const key = pairKey(tie.sourceId, tie.targetId);
    const list = pairs.get(key) ?? [];
    list.push({ tie, strength: score, strong, active: tie.valence !== 'broken' });
    if (list.length === 1) pairs.set(key, list);
  }
  for (const list of pairs.values()) list.sort(compareCandidates);

  const egoValence = new Map<string, Valence>();
  if (egoId !== null) {
    for (const list of pairs.values()) {
      const best = list[0];
      if (best === undefined) continue;
      const { sourceId, targetId } = best.tie;
      if (sourceId === egoId) egoValence.set(targetId, best.tie.valence);
      else if (targetId === egoId) egoValence.set(sourceId, best.tie.valence);
    }
  }

  const map: MapGraph = new UndirectedGraph<ActorNode, TieEdge>();
  const support: SupportGraph = new DirectedGraph<ActorNode, SupportEdge>();
  for (const actor of data.actors) {
    const attributes: ActorNode = {
      label: actor.name,
      sphere: actor.sphere,
      domain: actor.domain,
      kind: actor.kind,
      isEgo: actor.isEgo,
      egoValence: actor.isEgo ? null : (egoValence.get(actor.id) ?? null),
    };
    map.addNode(actor.id, attributes);
    support.addNode(actor.id, { ...attributes });
  }

  // Support arcs gathered first, then added once each: types as a bit mask (no Set per arc).
  const arcs = new Map<string, { from: string; to: string; tieIds: string[]; mask: number }>();
  const addSupport = (from: string, to: string, tieId: string, types: readonly SupportType[]) => {
    if (types.length === 0) return;
    const key = `${from}->${to}`;
    let arc = arcs.get(key);
    if (arc === undefined) {
      arc = { from, to, tieIds: [], mask: 0 };
      arcs.set(key, arc);
    }
    arc.tieIds.push(tieId);
    for (const type of types) arc.mask |= 1 << SUPPORT_TYPES.indexOf(type);
  };

  for (const list of pairs.values()) {
    const best = list[0];
    if (best === undefined || (!best.active && !options.includeBroken)) continue;
    const { tie } = best;
    map.addUndirectedEdgeWithKey(tie.id, tie.sourceId, tie.targetId, {
      closeness: tie.closeness,
      valence: tie.valence,
      supportForward: tie.supportForward,
      supportBackward: tie.supportBackward,
      frequency: tie.frequency,
      knownSinceYear: tie.knownSinceYear,
      critical: tie.critical,
      notes: tie.notes,
      tieId: tie.id,
      tieIds: list.length === 1 ? [tie.id] : list.map((c) => c.tie.id).sort(),
      sourceId: tie.sourceId,
      targetId: tie.targetId,
      strength: best.strength,
      strong: best.strong,
    });
    for (const { tie: each, active } of list) {
      if (!active) continue;
      addSupport(each.sourceId, each.targetId, each.id, each.supportForward);
      addSupport(each.targetId, each.sourceId, each.id, each.supportBackward);
    }
  }
  for (const [key, arc] of arcs) {
    support.addDirectedEdgeWithKey(key, arc.from, arc.to, {
      tieIds: arc.tieIds.sort(),
      types: SUPPORT_TYPES.filter((_type, i) => (arc.mask & (1 << i)) !== 0),
    });
  }

  const withoutEgo = map.copy();
  if (egoId !== null) withoutEgo.dropNode(egoId);
  return { egoId, map, support, withoutEgo };
}
