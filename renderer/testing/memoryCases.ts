// The case operations of the store, in memory, for the case list's tests.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type { CaseSummary } from '../../shared/model';

type CaseHandlers = Pick<
  StoreHandlers,
  'cases.list' | 'cases.create' | 'cases.update' | 'cases.delete'
>;

export function memoryCases(): CaseHandlers {
  const cases = new Map<string, CaseSummary>();
  const find = (id: string) => {
    const found = cases.get(id);
    if (!found) throw new MaillageError('not_found', `No case with id ${id}.`);
    return found;
  };
  return {
    'cases.list': () => [...cases.values()],
    'cases.create': (input) => {
      const now = new Date().toISOString();
      const summary: CaseSummary = {
        id: input.id ?? crypto.randomUUID(),
        pseudonym: input.pseudonym,
        birthYear: input.birthYear,
        referent: input.referent,
        createdAt: now,
        updatedAt: now,
        actorCount: 0,
        tieCount: 0,
        currentMapId: crypto.randomUUID(),
      };
      cases.set(summary.id, summary);
      return summary;
    },
    'cases.update': ({ id, patch }) => {
      const next = { ...find(id), ...patch, updatedAt: new Date().toISOString() };
      cases.set(id, next);
      const { actorCount: _a, tieCount: _t, currentMapId: _m, ...record } = next;
      return record;
    },
    'cases.delete': ({ id }) => {
      find(id);
      cases.delete(id);
      return { deleted: true };
    },
  };
}
