// Cases: create (with the current map and the person at the centre), list, update, delete.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type { Actor, CaseRecord, CaseSummary, EcoMapRecord } from '../../shared/model';
import type { StoreContext } from './context';
import { differs, requireCase } from './lookups';

type CaseHandlers = Pick<
  StoreHandlers,
  'cases.list' | 'cases.create' | 'cases.update' | 'cases.delete'
>;

const CASE_FIELDS: (keyof CaseRecord)[] = ['pseudonym', 'birthYear', 'referent'];

export function caseHandlers(ctx: StoreContext): CaseHandlers {
  const { repos } = ctx;

  const summaryOf = (id: string): CaseSummary => {
    const summary = repos.cases.summary(id);
    if (!summary) throw new MaillageError('not_found', `No case with id ${id}.`);
    return summary;
  };

  /** A map starts with the person at the centre, placed in the middle. */
  const createMap = (caseId: string, kind: EcoMapRecord['kind'], egoName: string, at: string) => {
    const mapId = ctx.newId();
    repos.maps.insert({ id: mapId, caseId, kind, createdAt: at, updatedAt: at });
    const ego: Actor = {
      id: ctx.newId(),
      mapId,
      isEgo: true,
      kind: 'person',
      name: egoName,
      roleLabel: '',
      sphere: 'primary',
      domain: 'family',
      notes: '',
      placedBy: 'educator',
      createdAt: at,
      updatedAt: at,
    };
    repos.actors.insert(ego);
    repos.placements.set({ actorId: ego.id, x: 0, y: 0 });
  };

  return {
    'cases.list': () => ctx.read(() => repos.cases.listSummaries()),

    'cases.create': (input) =>
      ctx.write(() => {
        const fields = {
          pseudonym: input.pseudonym,
          birthYear: input.birthYear,
          referent: input.referent,
        };
        if (input.id !== undefined) {
          const existing = repos.cases.get(input.id);
          // A retried creation answers with what the first attempt stored.
          if (existing && !differs(existing, fields, CASE_FIELDS)) return summaryOf(existing.id);
          if (existing) {
            throw new MaillageError('conflict', `A case with id ${input.id} already exists.`);
          }
        }
        const at = ctx.now();
        const id = input.id ?? ctx.newId();
        repos.cases.insert({ id, ...fields, createdAt: at, updatedAt: at });
        createMap(id, 'current', fields.pseudonym, at);
        ctx.audit({ caseId: id, entity: 'case', entityId: id, action: 'create' });
        return summaryOf(id);
      }),

    'cases.update': ({ id, patch }) =>
      ctx.write(() => {
        const current = requireCase(repos, id);
        if (!differs(current, patch, CASE_FIELDS)) return current;
        const at = ctx.now();
        const next: CaseRecord = { ...current, ...patch, updatedAt: at };
        repos.cases.save(next);
        ctx.audit({ caseId: id, entity: 'case', entityId: id, action: 'update' });
        if (next.pseudonym !== current.pseudonym) {
          // The person at the centre of every map carries the case's pseudonym.
          repos.actors.renameEgosOfCase(id, next.pseudonym, at);
          repos.maps.touchAllOfCase(id, at);
        }
        return next;
      }),

    'cases.delete': ({ id }) => {
      ctx.write(() => {
        if (!repos.cases.delete(id)) throw new MaillageError('not_found', `No case with id ${id}.`);
        ctx.audit({ caseId: id, entity: 'case', entityId: id, action: 'delete' });
      });
      // The old pages of the case sit in the write-ahead log until a checkpoint; empty it now.
      ctx.scrubLog();
      return { deleted: true };
    },
  };
}
