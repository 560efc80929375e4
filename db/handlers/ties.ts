// Ties: add between two actors of one map, update, remove.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import { TIE_DEFAULTS, TieFields, type Tie } from '../../shared/model';
import type { StoreContext } from './context';
import { differs, requireActorInMap, requireMap, requireTie, touchMap } from './lookups';

type TieHandlers = Pick<StoreHandlers, 'ties.add' | 'ties.update' | 'ties.remove'>;

export const TIE_FIELDS = Object.keys(TieFields.shape) as (keyof TieFields)[];

/** The tie fields of an input, defaults filling what it leaves out. */
export function tieFieldsOf(input: Partial<TieFields>): TieFields {
  const fields: TieFields = { ...TIE_DEFAULTS };
  for (const key of TIE_FIELDS) {
    if (input[key] !== undefined) Object.assign(fields, { [key]: input[key] });
  }
  return fields;
}

export function tieHandlers(ctx: StoreContext): TieHandlers {
  const { repos } = ctx;

  return {
    'ties.add': (input) =>
      ctx.write(() => {
        const map = requireMap(repos, input.mapId);
        const fields = tieFieldsOf(input);
        if (input.id !== undefined) {
          const existing = repos.ties.get(input.id);
          if (existing) {
            // A retried add answers with what the first attempt stored.
            const same =
              existing.mapId === map.id &&
              existing.sourceId === input.sourceId &&
              existing.targetId === input.targetId &&
              !differs(existing, fields, TIE_FIELDS);
            if (same) return existing;
            throw new MaillageError('conflict', `A tie with id ${input.id} already exists.`);
          }
        }
        requireActorInMap(repos, input.sourceId, map);
        requireActorInMap(repos, input.targetId, map);
        const at = ctx.now();
        const tie: Tie = {
          id: input.id ?? ctx.newId(),
          mapId: map.id,
          sourceId: input.sourceId,
          targetId: input.targetId,
          ...fields,
          createdAt: at,
          updatedAt: at,
        };
        repos.ties.insert(tie);
        touchMap(repos, map, at);
        ctx.audit({ caseId: map.caseId, entity: 'tie', entityId: tie.id, action: 'create' });
        return tie;
      }),

    'ties.update': ({ id, patch }) =>
      ctx.write(() => {
        const current = requireTie(repos, id);
        if (!differs(current, patch, TIE_FIELDS)) return current;
        const at = ctx.now();
        const next: Tie = { ...current, ...patch, updatedAt: at };
        repos.ties.save(next);
        const map = requireMap(repos, current.mapId);
        touchMap(repos, map, at);
        ctx.audit({ caseId: map.caseId, entity: 'tie', entityId: id, action: 'update' });
        return next;
      }),

    'ties.remove': ({ id }) =>
      ctx.write(() => {
        const tie = requireTie(repos, id);
        repos.ties.remove(id);
        const map = requireMap(repos, tie.mapId);
        touchMap(repos, map, ctx.now());
        ctx.audit({ caseId: map.caseId, entity: 'tie', entityId: id, action: 'delete' });
        return { removed: true };
      }),
  };
}
