// Actors: add (optionally placed), update, remove (with their ties and placement).
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import { ActorFields, type Actor, type Placement } from '../../shared/model';
import type { StoreContext } from './context';
import { differs, refuseEgo, requireActor, requireMap, touchMap } from './lookups';

type ActorHandlers = Pick<StoreHandlers, 'actors.add' | 'actors.update' | 'actors.remove'>;

export const ACTOR_FIELDS = Object.keys(ActorFields.shape) as (keyof ActorFields)[];

export function actorHandlers(ctx: StoreContext): ActorHandlers {
  const { repos } = ctx;

  return {
    'actors.add': (input) =>
      ctx.write(() => {
        const map = requireMap(repos, input.mapId);
        const fields: ActorFields = {
          kind: input.kind,
          name: input.name,
          roleLabel: input.roleLabel ?? '',
          sphere: input.sphere,
          domain: input.domain,
          notes: input.notes ?? '',
          placedBy: input.placedBy ?? 'educator',
        };
        if (input.id !== undefined) {
          const existing = repos.actors.get(input.id);
          if (existing) {
            // A retried add answers with what the first attempt stored.
            if (existing.mapId === map.id && !differs(existing, fields, ACTOR_FIELDS)) {
              return { actor: existing, placement: repos.placements.get(existing.id) ?? null };
            }
            throw new MaillageError('conflict', `An actor with id ${input.id} already exists.`);
          }
        }
        const at = ctx.now();
        const actor: Actor = {
          id: input.id ?? ctx.newId(),
          mapId: map.id,
          isEgo: false,
          ...fields,
          createdAt: at,
          updatedAt: at,
        };
        repos.actors.insert(actor);
        let placement: Placement | null = null;
        if (input.position) {
          placement = { actorId: actor.id, x: input.position.x, y: input.position.y };
          repos.placements.set(placement);
        }
        touchMap(repos, map, at);
        ctx.audit({ caseId: map.caseId, entity: 'actor', entityId: actor.id, action: 'create' });
        return { actor, placement };
      }),

    'actors.update': ({ id, patch }) =>
      ctx.write(() => {
        const current = requireActor(repos, id);
        if (!differs(current, patch, ACTOR_FIELDS)) return current;
        refuseEgo(current, 'edited here (rename the case to rename them)');
        const at = ctx.now();
        const next: Actor = { ...current, ...patch, updatedAt: at };
        repos.actors.save(next);
        const map = requireMap(repos, current.mapId);
        touchMap(repos, map, at);
        ctx.audit({ caseId: map.caseId, entity: 'actor', entityId: id, action: 'update' });
        return next;
      }),

    'actors.remove': ({ id }) =>
      ctx.write(() => {
        const actor = requireActor(repos, id);
        refuseEgo(actor, 'removed');
        const removedTieIds = repos.ties.idsOfActor(actor.mapId, id);
        repos.actors.remove(id);
        const map = requireMap(repos, actor.mapId);
        touchMap(repos, map, ctx.now());
        for (const tieId of removedTieIds) {
          ctx.audit({ caseId: map.caseId, entity: 'tie', entityId: tieId, action: 'delete' });
        }
        ctx.audit({ caseId: map.caseId, entity: 'actor', entityId: id, action: 'delete' });
        return { removedTieIds };
      }),
  };
}
