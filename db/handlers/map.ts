// A whole map at once: load it, place actors, apply one gesture's edits atomically.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type { Actor, EcoMapRecord, Tie } from '../../shared/model';
import type { AuditFact, StoreContext } from './context';
import { ACTOR_FIELDS } from './actors';
import { refuseEgo, requireActorInMap, requireMap, requireTieInMap, touchMap } from './lookups';
import { TIE_FIELDS } from './ties';

type MapHandlers = Pick<StoreHandlers, 'map.load' | 'placements.set' | 'map.applyEdits'>;

const pick = <T extends object>(source: T, keys: (keyof T)[]): Partial<T> =>
  Object.fromEntries(keys.map((key) => [key, source[key]])) as Partial<T>;

export function mapHandlers(ctx: StoreContext): MapHandlers {
  const { repos } = ctx;
  /** Journals the lines of one map's changes under its case. */
  const auditIn =
    (map: EcoMapRecord) =>
    (entity: AuditFact['entity'], entityId: string, action: AuditFact['action']) =>
      ctx.audit({ caseId: map.caseId, entity, entityId, action });

  return {
    'map.load': ({ caseId, kind }) =>
      ctx.read(() => {
        const map = repos.maps.find(caseId, kind);
        const record = repos.cases.get(caseId);
        if (!record) throw new MaillageError('not_found', `No case with id ${caseId}.`);
        if (!map) throw new MaillageError('not_found', `Case ${caseId} has no ${kind} map.`);
        return {
          case: record,
          map,
          actors: repos.actors.listByMap(map.id),
          ties: repos.ties.listByMap(map.id),
          placements: repos.placements.listByMap(map.id),
        };
      }),

    'placements.set': ({ mapId, placements }) =>
      ctx.write(() => {
        const map = requireMap(repos, mapId);
        const audit = auditIn(map);
        for (const placement of placements) {
          requireActorInMap(repos, placement.actorId, map);
          repos.placements.set(placement);
          audit('placement', placement.actorId, 'move');
        }
        touchMap(repos, map, ctx.now());
        return { count: placements.length };
      }),

    // The order is fixed so that a recorded diff replays the same way every time: removals
    // first (a tie before its actors), then upserts (actors before the ties that need them),
    // then positions. Any refusal rolls the whole batch back.
    'map.applyEdits': (edits) =>
      ctx.write(() => {
        const map = requireMap(repos, edits.mapId);
        const audit = auditIn(map);
        const at = ctx.now();
        for (const id of edits.removeTieIds) {
          requireTieInMap(repos, id, map);
          repos.ties.remove(id);
          audit('tie', id, 'delete');
        }
        for (const id of edits.removeActorIds) {
          refuseEgo(requireActorInMap(repos, id, map), 'removed');
          // Ties still holding this actor go with it (cascade): journal them too.
          for (const tieId of repos.ties.idsOfActor(map.id, id)) audit('tie', tieId, 'delete');
          repos.actors.remove(id);
          audit('actor', id, 'delete');
        }
        for (const write of edits.upsertActors) {
          const existing = repos.actors.get(write.id);
          if (existing) {
            refuseEgo(requireActorInMap(repos, write.id, map), 'edited here');
            repos.actors.save({ ...existing, ...pick(write, ACTOR_FIELDS), updatedAt: at });
            audit('actor', write.id, 'update');
          } else {
            const actor: Actor = {
              ...write,
              mapId: map.id,
              isEgo: false,
              createdAt: at,
              updatedAt: at,
            };
            repos.actors.insert(actor);
            audit('actor', actor.id, 'create');
          }
        }
        edits.upsertTies.forEach((write, index) => {
          if (write.sourceId === write.targetId) {
            throw new MaillageError('invalid_input', 'A tie joins two different actors.', [
              { path: `upsertTies.${index}.targetId`, issue: 'invalid' },
            ]);
          }
          requireActorInMap(repos, write.sourceId, map);
          requireActorInMap(repos, write.targetId, map);
          const existing = repos.ties.get(write.id);
          if (existing) {
            requireTieInMap(repos, write.id, map);
            const fields = pick(write, TIE_FIELDS);
            repos.ties.save({
              ...existing,
              ...fields,
              sourceId: write.sourceId,
              targetId: write.targetId,
              updatedAt: at,
            });
            audit('tie', write.id, 'update');
          } else {
            const tie: Tie = { ...write, mapId: map.id, createdAt: at, updatedAt: at };
            repos.ties.insert(tie);
            audit('tie', tie.id, 'create');
          }
        });
        for (const placement of edits.placements) {
          requireActorInMap(repos, placement.actorId, map);
          repos.placements.set(placement);
          audit('placement', placement.actorId, 'move');
        }
        const applied =
          edits.removeTieIds.length +
          edits.removeActorIds.length +
          edits.upsertActors.length +
          edits.upsertTies.length +
          edits.placements.length;
        if (applied > 0) touchMap(repos, map, at);
        return { applied };
      }),
  };
}
