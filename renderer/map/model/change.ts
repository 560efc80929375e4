// One user gesture as a recorded diff: the before and after state of every actor, tie and
// placement it touched (null = absent). Undo applies it backwards, redo forwards; the store
// receives either direction as one `map.applyEdits` call (one transaction). The person at the
// centre is the case's record: a change of it (pseudonym, birth year, referent) is carried
// apart and sent as `cases.update`; the store renames the person with the pseudonym.
import type { Input } from '../../../shared/api/contract';
import type { Actor, CaseRecord, MapData, Placement, Tie } from '../../../shared/model';

export type CaseFields = Pick<CaseRecord, 'pseudonym' | 'birthYear' | 'referent'>;

export interface Delta<T> {
  /** The actor's, the tie's, or (for a placement) the placed actor's id. */
  id: string;
  before: T | null;
  after: T | null;
}

export interface Change {
  actors: Delta<Actor>[];
  ties: Delta<Tie>[];
  placements: Delta<Placement>[];
  caseRecord?: { before: CaseFields; after: CaseFields };
}

export type Direction = 'forward' | 'backward';

export function isEmptyChange(change: Change): boolean {
  return (
    change.actors.length + change.ties.length + change.placements.length === 0 && !change.caseRecord
  );
}

function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Deltas of the items that differ (by reference first, then by value) between two lists. */
function deltas<T extends object>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
): Delta<T>[] {
  const was = indexBy(before, key);
  const now = indexBy(after, key);
  const out: Delta<T>[] = [];
  for (const [id, item] of was) {
    const next = now.get(id) ?? null;
    if (next !== item && !sameValue(item, next)) out.push({ id, before: item, after: next });
  }
  for (const [id, item] of now) if (!was.has(id)) out.push({ id, before: null, after: item });
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const caseFieldsOf = ({ pseudonym, birthYear, referent }: CaseRecord): CaseFields => ({
  pseudonym,
  birthYear,
  referent,
});

/** The change that turns one map state into another (timestamps compared like any field). */
export function diffMaps(before: MapData, after: MapData): Change {
  const caseBefore = caseFieldsOf(before.case);
  const caseAfter = caseFieldsOf(after.case);
  const notEgo = (actor: Actor) => !actor.isEgo;
  return {
    ...(sameValue(caseBefore, caseAfter)
      ? {}
      : { caseRecord: { before: caseBefore, after: caseAfter } }),
    // The person at the centre changes only with the case's record (above).
    actors: deltas(before.actors.filter(notEgo), after.actors.filter(notEgo), (a) => a.id),
    ties: deltas(before.ties, after.ties, (t) => t.id),
    placements: deltas(before.placements, after.placements, (p) => p.actorId),
  };
}

const target = <T>(delta: Delta<T>, direction: Direction): T | null =>
  direction === 'forward' ? delta.after : delta.before;
const source = <T>(delta: Delta<T>, direction: Direction): T | null =>
  direction === 'forward' ? delta.before : delta.after;

function applyDeltas<T>(
  items: readonly T[],
  list: readonly Delta<T>[],
  direction: Direction,
  key: (item: T) => string,
): T[] {
  if (list.length === 0) return items as T[];
  const byId = new Map(list.map((delta) => [delta.id, target(delta, direction)]));
  const out: T[] = [];
  for (const item of items) {
    const id = key(item);
    if (!byId.has(id)) out.push(item);
    else {
      const next = byId.get(id);
      if (next) out.push(next);
      byId.delete(id);
    }
  }
  // Items that did not exist on this side of the change are appended, in the change's order.
  for (const next of byId.values()) if (next) out.push(next);
  return out;
}

/** The map after applying a change forwards (redo) or backwards (undo). */
export function applyChange(data: MapData, change: Change, direction: Direction): MapData {
  const record =
    change.caseRecord &&
    (direction === 'forward' ? change.caseRecord.after : change.caseRecord.before);
  const withCase = record ? withCaseFields(data, record) : data;
  return {
    ...withCase,
    actors: applyDeltas(withCase.actors, change.actors, direction, (a) => a.id),
    ties: applyDeltas(data.ties, change.ties, direction, (t) => t.id),
    placements: applyDeltas(data.placements, change.placements, direction, (p) => p.actorId),
  };
}

/** The case's record changed, and the person at the centre named after it. */
export function withCaseFields(data: MapData, fields: CaseFields): MapData {
  return {
    ...data,
    case: { ...data.case, ...fields },
    actors: data.actors.map((a) =>
      a.isEgo && a.name !== fields.pseudonym ? { ...a, name: fields.pseudonym } : a,
    ),
  };
}

export type EditsRequest = Input<'map.applyEdits'>;

/** The map part of a change, if it has one (a change of the case's record alone has none). */
export function hasMapEdits(change: Change): boolean {
  return change.actors.length + change.ties.length + change.placements.length > 0;
}

/**
 * The one `map.applyEdits` call that brings the store to the change's target side. The store
 * removes ties, then actors (their placements and remaining ties go with them), then upserts
 * actors before ties, then sets positions: the same order on every replay.
 */
export function editsFor(mapId: string, change: Change, direction: Direction): EditsRequest {
  const removed = <T>(list: readonly Delta<T>[]) =>
    list.filter((d) => source(d, direction) !== null && target(d, direction) === null);
  const kept = <T>(list: readonly Delta<T>[]) =>
    list.map((d) => target(d, direction)).filter((item): item is T => item !== null);
  return {
    mapId,
    removeTieIds: removed(change.ties).map((d) => d.id),
    removeActorIds: removed(change.actors).map((d) => d.id),
    upsertActors: kept(change.actors).map((actor) => ({
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      roleLabel: actor.roleLabel,
      sphere: actor.sphere,
      domain: actor.domain,
      notes: actor.notes,
      placedBy: actor.placedBy,
    })),
    upsertTies: kept(change.ties).map((tie) => ({
      id: tie.id,
      sourceId: tie.sourceId,
      targetId: tie.targetId,
      closeness: tie.closeness,
      valence: tie.valence,
      supportForward: tie.supportForward,
      supportBackward: tie.supportBackward,
      frequency: tie.frequency,
      knownSinceYear: tie.knownSinceYear,
      critical: tie.critical,
      notes: tie.notes,
    })),
    // A removed actor's placement goes with it; only the positions that remain are sent.
    placements: kept(change.placements),
  };
}
