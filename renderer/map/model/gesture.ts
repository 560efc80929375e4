// A gesture is what one user action asks of the map (add a person with their tie to the centre,
// drag three nodes, drop a node on another ring...). `applyGesture` checks it with the model's
// own schemas and the store's rules, and returns the next map; a bad gesture throws a
// MaillageError('invalid_input' | 'not_found' | 'conflict') and changes nothing.
import { fieldIssuesFromZod, MaillageError, type FieldIssue } from '../../../shared/errors';
import {
  ACTOR_DEFAULTS,
  ActorFields,
  Placement as PlacementSchema,
  TIE_DEFAULTS,
  TieFields,
  type Actor,
  type MapData,
  type Placement,
  type Tie,
} from '../../../shared/model';

/** A new actor: the required fields, optional ones take ACTOR_DEFAULTS. */
export type ActorDraft = Pick<ActorFields, 'kind' | 'name' | 'sphere' | 'domain'> &
  Partial<ActorFields> & { id?: string };
/** A new tie between two actors; unspecified qualities take TIE_DEFAULTS. */
export type TieDraft = Partial<TieFields> & { id?: string; sourceId: string; targetId: string };

export interface Gesture {
  addActors?: ActorDraft[];
  patchActors?: { id: string; patch: Partial<ActorFields> }[];
  /** Their ties and placements go with them (and come back on undo). */
  removeActors?: string[];
  addTies?: TieDraft[];
  patchTies?: { id: string; patch: Partial<TieFields> }[];
  removeTies?: string[];
  placements?: Placement[];
}

export interface GestureOptions {
  newId: () => string;
  now: () => string;
}

function invalid(issues: FieldIssue[]): never {
  throw new MaillageError('invalid_input', 'The edit has invalid fields.', issues);
}

function parseActor(fields: unknown, path: string): ActorFields {
  const parsed = ActorFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  return invalid(
    fieldIssuesFromZod(parsed.error, fields).map((i) => ({ ...i, path: `${path}.${i.path}` })),
  );
}

function parseTie(fields: unknown, path: string): TieFields {
  const parsed = TieFields.safeParse(fields);
  if (parsed.success) return parsed.data;
  return invalid(
    fieldIssuesFromZod(parsed.error, fields).map((i) => ({ ...i, path: `${path}.${i.path}` })),
  );
}

const actorFieldsOf = ({ kind, name, roleLabel, sphere, domain, notes, placedBy }: Actor) => ({
  kind,
  name,
  roleLabel,
  sphere,
  domain,
  notes,
  placedBy,
});
const tieFieldsOf = (tie: Tie): TieFields => ({
  closeness: tie.closeness,
  valence: tie.valence,
  supportForward: tie.supportForward,
  supportBackward: tie.supportBackward,
  frequency: tie.frequency,
  knownSinceYear: tie.knownSinceYear,
  critical: tie.critical,
  notes: tie.notes,
});

/** The map after a gesture. Unchanged items keep their identity, so diffs stay cheap. */
export function applyGesture(data: MapData, gesture: Gesture, options: GestureOptions): MapData {
  const at = options.now();
  const actors = new Map(data.actors.map((a) => [a.id, a]));
  const ties = new Map(data.ties.map((t) => [t.id, t]));
  const placements = new Map(data.placements.map((p) => [p.actorId, p]));
  const requireActor = (id: string): Actor => {
    const actor = actors.get(id);
    if (!actor) throw new MaillageError('not_found', `No actor ${id} in this map.`);
    return actor;
  };
  const refuseEgo = (actor: Actor) => {
    if (actor.isEgo)
      throw new MaillageError('conflict', 'The person at the centre is edited with the case.');
  };

  for (const id of gesture.removeTies ?? []) {
    if (!ties.delete(id)) throw new MaillageError('not_found', `No tie ${id} in this map.`);
  }
  for (const id of gesture.removeActors ?? []) {
    refuseEgo(requireActor(id));
    actors.delete(id);
    placements.delete(id);
    for (const [tieId, tie] of ties)
      if (tie.sourceId === id || tie.targetId === id) ties.delete(tieId);
  }
  (gesture.addActors ?? []).forEach((draft, index) => {
    const { id = options.newId(), ...rest } = draft;
    if (actors.has(id)) throw new MaillageError('conflict', `Actor ${id} already exists.`);
    const fields = parseActor({ ...ACTOR_DEFAULTS, ...rest }, `addActors.${index}`);
    actors.set(id, {
      ...fields,
      id,
      mapId: data.map.id,
      isEgo: false,
      createdAt: at,
      updatedAt: at,
    });
  });
  (gesture.patchActors ?? []).forEach(({ id, patch }, index) => {
    const actor = requireActor(id);
    refuseEgo(actor);
    const fields = parseActor({ ...actorFieldsOf(actor), ...patch }, `patchActors.${index}`);
    // A patch that changes nothing leaves the actor as it was: no diff, no undo step.
    if (!sameFields(actorFieldsOf(actor), fields))
      actors.set(id, { ...actor, ...fields, updatedAt: at });
  });
  (gesture.addTies ?? []).forEach((draft, index) => {
    const { id = options.newId(), sourceId, targetId, ...rest } = draft;
    if (ties.has(id)) throw new MaillageError('conflict', `Tie ${id} already exists.`);
    requireActor(sourceId);
    requireActor(targetId);
    if (sourceId === targetId) invalid([{ path: `addTies.${index}.targetId`, issue: 'invalid' }]);
    const fields = parseTie({ ...TIE_DEFAULTS, ...rest }, `addTies.${index}`);
    ties.set(id, {
      ...fields,
      id,
      mapId: data.map.id,
      sourceId,
      targetId,
      createdAt: at,
      updatedAt: at,
    });
  });
  (gesture.patchTies ?? []).forEach(({ id, patch }, index) => {
    const tie = ties.get(id);
    if (!tie) throw new MaillageError('not_found', `No tie ${id} in this map.`);
    const fields = parseTie({ ...tieFieldsOf(tie), ...patch }, `patchTies.${index}`);
    if (!sameFields(tieFieldsOf(tie), fields)) ties.set(id, { ...tie, ...fields, updatedAt: at });
  });
  (gesture.placements ?? []).forEach((placement, index) => {
    requireActor(placement.actorId);
    const parsed = PlacementSchema.safeParse(placement);
    if (!parsed.success)
      invalid(
        fieldIssuesFromZod(parsed.error, placement).map((i) => ({
          ...i,
          path: `placements.${index}.${i.path}`,
        })),
      );
    const was = placements.get(placement.actorId);
    if (!was || was.x !== parsed.data.x || was.y !== parsed.data.y)
      placements.set(placement.actorId, parsed.data);
  });

  return {
    ...data,
    actors: [...actors.values()],
    ties: [...ties.values()],
    placements: [...placements.values()],
  };
}

function sameFields(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
