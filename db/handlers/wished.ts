// "The network I would like": a second map of a case, started as a copy of the current one so
// the young person can move people closer or further, add some and remove others. Everything is
// copied with new ids (ids are unique across the file) in one transaction, address-book links
// included.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type { Actor, EcoMapRecord, Tie } from '../../shared/model';
import type { StoreContext } from './context';
import { requireCase } from './lookups';
import { mapHandlers } from './map';

type WishedHandlers = Pick<StoreHandlers, 'map.createWished'>;

export function wishedHandlers(ctx: StoreContext): WishedHandlers {
  const { repos } = ctx;
  const load = mapHandlers(ctx)['map.load'];

  return {
    'map.createWished': ({ caseId }) => {
      ctx.write(() => {
        requireCase(repos, caseId);
        if (repos.maps.find(caseId, 'wished')) {
          throw new MaillageError('conflict', `Case ${caseId} already has a wished map.`);
        }
        const current = repos.maps.find(caseId, 'current');
        if (!current) throw new MaillageError('not_found', `Case ${caseId} has no current map.`);
        const at = ctx.now();
        const wished: EcoMapRecord = {
          id: ctx.newId(),
          caseId,
          kind: 'wished',
          createdAt: at,
          updatedAt: at,
        };
        repos.maps.insert(wished);
        ctx.audit({ caseId, entity: 'map', entityId: wished.id, action: 'create' });

        const newIdOf = new Map<string, string>();
        for (const actor of repos.actors.listByMap(current.id)) {
          const copy: Actor = {
            ...actor,
            id: ctx.newId(),
            mapId: wished.id,
            createdAt: at,
            updatedAt: at,
          };
          newIdOf.set(actor.id, copy.id);
          repos.actors.insert(copy);
        }
        const mapped = (id: string): string => {
          const copy = newIdOf.get(id);
          // Unreachable while the foreign keys hold: a tie's ends are actors of its map.
          if (copy === undefined)
            throw new MaillageError('db_corrupt', `Tie end ${id} is missing.`);
          return copy;
        };
        for (const tie of repos.ties.listByMap(current.id)) {
          const copy: Tie = {
            ...tie,
            id: ctx.newId(),
            mapId: wished.id,
            sourceId: mapped(tie.sourceId),
            targetId: mapped(tie.targetId),
            createdAt: at,
            updatedAt: at,
          };
          repos.ties.insert(copy);
        }
        for (const placement of repos.placements.listByMap(current.id)) {
          repos.placements.set({ ...placement, actorId: mapped(placement.actorId) });
        }
        // The same people and services: their address-book links come along.
        for (const link of repos.directory.linksOfMap(current.id)) {
          repos.directory.link(mapped(link.actorId), link.entryId);
        }
        repos.cases.touch(caseId, at);
      });
      return load({ caseId, kind: 'wished' });
    },
  };
}
