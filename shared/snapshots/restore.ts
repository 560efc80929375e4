// A new review starts from a snapshot: the edits that turn the current map into the snapshot's,
// as one `map.applyEdits` batch (one transaction, one journal entry per element touched).
// Only what differs is written, so starting from the last snapshot of an unchanged map is a no-op.
// The person at the centre keeps the case's current name (a case rename is not undone) and
// takes back the snapshot's position.
import type { ParsedInput } from '../api/contract';
import type { Actor, MapData, Placement, Tie } from '../model';

type Edits = ParsedInput<'map.applyEdits'>;

const ACTOR_KEYS = ['kind', 'name', 'roleLabel', 'sphere', 'domain', 'notes', 'placedBy'] as const;
const TIE_KEYS = [
  'closeness',
  'valence',
  'supportForward',
  'supportBackward',
  'frequency',
  'knownSinceYear',
  'critical',
  'notes',
] as const;

const sameValues = <T extends object>(a: T, b: T, keys: readonly (keyof T)[]) =>
  keys.every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));

const sameEnds = (a: Pick<Tie, 'sourceId' | 'targetId'>, b: Pick<Tie, 'sourceId' | 'targetId'>) =>
  a.sourceId === b.sourceId && a.targetId === b.targetId;

export function editsToRestore(current: MapData, snapshot: MapData): Edits {
  const currentEgo = current.actors.find((a) => a.isEgo);
  const snapshotEgo = snapshot.actors.find((a) => a.isEgo);
  // The snapshot was taken from this map, so the person's id is normally the same; map it anyway.
  const mapId = (id: string) =>
    snapshotEgo && currentEgo && id === snapshotEgo.id ? currentEgo.id : id;

  const wantedActors = new Map(
    snapshot.actors.filter((a) => !a.isEgo).map((a) => [a.id, a] as const),
  );
  const currentActors = new Map(current.actors.map((a) => [a.id, a] as const));
  const wantedTies = new Map(
    snapshot.ties.map(
      (t) => [t.id, { ...t, sourceId: mapId(t.sourceId), targetId: mapId(t.targetId) }] as const,
    ),
  );

  const removeActorIds = current.actors
    .filter((a) => !a.isEgo && !wantedActors.has(a.id))
    .map((a) => a.id);
  const removedActors = new Set(removeActorIds);
  // A tie is kept only when the snapshot has it between the same two actors; any other is removed
  // first, so re-inserting the snapshot's ties never meets a pair already taken.
  const keptTies = new Set<string>();
  const removeTieIds: string[] = [];
  for (const tie of current.ties) {
    const wanted = wantedTies.get(tie.id);
    if (wanted && sameEnds(wanted, tie)) keptTies.add(tie.id);
    else if (!removedActors.has(tie.sourceId) && !removedActors.has(tie.targetId)) {
      removeTieIds.push(tie.id);
    }
  }

  const upsertActors = [...wantedActors.values()]
    .filter((actor) => {
      const existing = currentActors.get(actor.id);
      return !existing || !sameValues<Actor>(existing, actor, ACTOR_KEYS);
    })
    .map((actor) => ({ id: actor.id, ...pick(actor, ACTOR_KEYS) }));

  const currentTies = new Map(current.ties.map((t) => [t.id, t] as const));
  const upsertTies = [...wantedTies.values()]
    .filter((tie) => {
      const existing = currentTies.get(tie.id);
      return !keptTies.has(tie.id) || !existing || !sameValues<Tie>(existing, tie, TIE_KEYS);
    })
    .map((tie) => ({
      id: tie.id,
      sourceId: tie.sourceId,
      targetId: tie.targetId,
      ...pick(tie, TIE_KEYS),
    }));

  const currentPlaces = new Map(current.placements.map((p) => [p.actorId, p] as const));
  const placements: Placement[] = snapshot.placements
    .map((p) => ({ ...p, actorId: mapId(p.actorId) }))
    .filter((p) => {
      const here = currentPlaces.get(p.actorId);
      return !here || here.x !== p.x || here.y !== p.y;
    });

  return {
    mapId: current.map.id,
    removeTieIds,
    removeActorIds,
    upsertActors,
    upsertTies,
    placements,
  };
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = source[key];
  return out;
}
