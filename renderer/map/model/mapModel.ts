// Pure transitions of a loaded map (MapData), applied once the store has confirmed a change.
// Views never edit MapData themselves; the next issue's undo/redo builds on these functions.
import type { Actor, MapData, Placement, Tie } from '../../../shared/model';

export function egoOf(data: MapData): Actor | undefined {
  return data.actors.find((actor) => actor.isEgo);
}

export function actorById(data: MapData, id: string): Actor | undefined {
  return data.actors.find((actor) => actor.id === id);
}

export function tieById(data: MapData, id: string): Tie | undefined {
  return data.ties.find((tie) => tie.id === id);
}

export function tiesOf(data: MapData, actorId: string): Tie[] {
  return data.ties.filter((tie) => tie.sourceId === actorId || tie.targetId === actorId);
}

/** Adds or replaces an actor, and its placement when one is given. */
export function withActor(
  data: MapData,
  actor: Actor,
  placement: Placement | null = null,
): MapData {
  const next = { ...data, actors: upsert(data.actors, actor) };
  return placement ? withPlacements(next, [placement]) : next;
}

export function withoutActor(data: MapData, actorId: string): MapData {
  return {
    ...data,
    actors: data.actors.filter((actor) => actor.id !== actorId),
    ties: data.ties.filter((tie) => tie.sourceId !== actorId && tie.targetId !== actorId),
    placements: data.placements.filter((placement) => placement.actorId !== actorId),
  };
}

/** Adds or replaces a tie. */
export function withTie(data: MapData, tie: Tie): MapData {
  return { ...data, ties: upsert(data.ties, tie) };
}

export function withoutTie(data: MapData, tieId: string): MapData {
  return { ...data, ties: data.ties.filter((tie) => tie.id !== tieId) };
}

export function withPlacements(data: MapData, placements: readonly Placement[]): MapData {
  const moved = new Map(placements.map((placement) => [placement.actorId, placement]));
  const kept = data.placements.filter((placement) => !moved.has(placement.actorId));
  return { ...data, placements: [...kept, ...moved.values()] };
}

/** The placements a list of actors had, to put them back if saving new ones fails. */
export function placementsOf(data: MapData, actorIds: readonly string[]): Placement[] {
  const wanted = new Set(actorIds);
  return data.placements.filter((placement) => wanted.has(placement.actorId));
}

function upsert<T extends { id: string }>(items: readonly T[], item: T): T[] {
  const index = items.findIndex((existing) => existing.id === item.id);
  if (index < 0) return [...items, item];
  const next = [...items];
  next[index] = item;
  return next;
}

/** Puts back the placements some actors had before a change that the store refused. */
export function withPlacementsRestored(
  data: MapData,
  actorIds: readonly string[],
  previous: readonly Placement[],
): MapData {
  const reverted = new Set(actorIds);
  const kept = data.placements.filter((placement) => !reverted.has(placement.actorId));
  return { ...data, placements: [...kept, ...previous] };
}
