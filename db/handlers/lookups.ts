// Checks shared by the handlers. Messages name ids, never names or notes: they end up in logs.
import { MaillageError } from '../../shared/errors';
import type { Actor, CaseRecord, EcoMapRecord, Tie } from '../../shared/model';
import type { Repositories } from '../repositories';

export function requireCase(repos: Repositories, id: string): CaseRecord {
  const record = repos.cases.get(id);
  if (!record) throw new MaillageError('not_found', `No case with id ${id}.`);
  return record;
}

export function requireMap(repos: Repositories, id: string): EcoMapRecord {
  const map = repos.maps.get(id);
  if (!map) throw new MaillageError('not_found', `No map with id ${id}.`);
  return map;
}

export function requireActor(repos: Repositories, id: string): Actor {
  const actor = repos.actors.get(id);
  if (!actor) throw new MaillageError('not_found', `No actor with id ${id}.`);
  return actor;
}

export function requireActorInMap(repos: Repositories, id: string, map: EcoMapRecord): Actor {
  const actor = requireActor(repos, id);
  if (actor.mapId !== map.id) {
    throw new MaillageError('conflict', `Actor ${id} belongs to another map than ${map.id}.`);
  }
  return actor;
}

export function requireTie(repos: Repositories, id: string): Tie {
  const tie = repos.ties.get(id);
  if (!tie) throw new MaillageError('not_found', `No tie with id ${id}.`);
  return tie;
}

export function requireTieInMap(repos: Repositories, id: string, map: EcoMapRecord): Tie {
  const tie = requireTie(repos, id);
  if (tie.mapId !== map.id) {
    throw new MaillageError('conflict', `Tie ${id} belongs to another map than ${map.id}.`);
  }
  return tie;
}

/** The person at the centre is renamed through the case and never removed. */
export function refuseEgo(actor: Actor, action: string): void {
  if (actor.isEgo) {
    throw new MaillageError(
      'conflict',
      `Actor ${actor.id} is the person at the centre of the map and cannot be ${action}.`,
    );
  }
}

/** Marks the map and its case as changed now. */
export function touchMap(repos: Repositories, map: EcoMapRecord, at: string): void {
  repos.maps.touch(map.id, at);
  repos.cases.touch(map.caseId, at);
}

/** Whether `next` would change any of `keys` in `current` (values compared as JSON). */
export function differs<T extends object>(current: T, next: Partial<T>, keys: (keyof T)[]) {
  return keys.some(
    (key) => next[key] !== undefined && JSON.stringify(next[key]) !== JSON.stringify(current[key]),
  );
}
