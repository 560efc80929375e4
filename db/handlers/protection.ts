// Data protection in the store: settings, the audit journal of a case (view and export: the
// right of access), closing a case, the retention proposals and the real erasure of a case.
import type { StoreHandlers } from '../../shared/api/contract';
import type { CaseRetention, Settings } from '../../shared/api/security';
import { MaillageError } from '../../shared/errors';
import type { StoreContext } from './context';
import { requireCase } from './lookups';

type ProtectionHandlers = Pick<
  StoreHandlers,
  | 'settings.get'
  | 'settings.set'
  | 'audit.list'
  | 'audit.export'
  | 'cases.close'
  | 'retention.list'
  | 'cases.erase'
>;

/** The day `years` after `date` (YYYY-MM-DD); 29 February becomes 1 March in other years. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year + years, month - 1, day)).toISOString().slice(0, 10);
}

export function protectionHandlers(ctx: StoreContext): ProtectionHandlers {
  const { repos } = ctx;

  const retentionOf = (
    row: { caseId: string; pseudonym: string; closedOn: string },
    settings: Settings,
    today: string,
  ): CaseRetention => {
    const eraseFrom = addYears(row.closedOn, settings.retentionYears);
    return { ...row, eraseFrom, due: today >= eraseFrom };
  };

  return {
    'settings.get': () => ctx.read(() => repos.settings.get()),

    'settings.set': (patch) =>
      ctx.write(() => {
        const current = repos.settings.get();
        const next = { ...current, ...patch };
        if (JSON.stringify(next) === JSON.stringify(current)) return current;
        repos.settings.save(next);
        ctx.audit({ caseId: null, entity: 'data', entityId: null, action: 'change_settings' });
        return next;
      }),

    'audit.list': ({ caseId }) =>
      ctx.read(() => {
        const entries = repos.audit.listByCase(caseId);
        // An erased case keeps its lines; an id never seen at all is an error.
        if (entries.length === 0 && !repos.cases.get(caseId)) {
          throw new MaillageError('not_found', `No case with id ${caseId}.`);
        }
        return entries;
      }),

    'audit.export': ({ caseId }) =>
      ctx.write(() => {
        const entries = repos.audit.listByCase(caseId);
        if (entries.length === 0 && !repos.cases.get(caseId)) {
          throw new MaillageError('not_found', `No case with id ${caseId}.`);
        }
        const exportedAt = ctx.now();
        ctx.audit({ caseId, entity: 'case', entityId: caseId, action: 'export_audit' });
        return {
          fileName: `maillage-journal-${caseId}-${exportedAt.slice(0, 10)}.json`,
          mediaType: 'application/json' as const,
          content: `${JSON.stringify({ caseId, exportedAt, entries }, null, 2)}\n`,
        };
      }),

    'cases.close': ({ id, closedOn }) =>
      ctx.write(() => {
        requireCase(repos, id);
        const today = ctx.today();
        if (closedOn !== null && closedOn > today) {
          throw new MaillageError('invalid_input', 'A case cannot be closed in the future.', [
            { path: 'closedOn', issue: 'out_of_range' },
          ]);
        }
        const previous = repos.cases.closedOn(id) ?? null;
        if (previous !== closedOn) {
          repos.cases.setClosedOn(id, closedOn, ctx.now());
          const action = closedOn === null ? 'reopen' : 'close';
          ctx.audit({ caseId: id, entity: 'case', entityId: id, action });
        }
        if (closedOn === null) return null;
        const record = requireCase(repos, id);
        return retentionOf(
          { caseId: id, pseudonym: record.pseudonym, closedOn },
          repos.settings.get(),
          today,
        );
      }),

    'retention.list': () =>
      ctx.read(() => {
        const settings = repos.settings.get();
        const today = ctx.today();
        return repos.cases
          .listClosed()
          .map((row) => retentionOf(row, settings, today))
          .sort(
            (a, b) => a.eraseFrom.localeCompare(b.eraseFrom) || a.caseId.localeCompare(b.caseId),
          );
      }),

    'cases.erase': ({ id }) => {
      ctx.write(() => {
        requireCase(repos, id);
        if ((repos.cases.closedOn(id) ?? null) === null) {
          throw new MaillageError('conflict', `Case ${id} is open; close it before erasing it.`);
        }
        repos.cases.delete(id);
        // The one line that remains: an id, a word, a date and the profile; no personal data.
        ctx.audit({ caseId: id, entity: 'case', entityId: id, action: 'erase' });
      });
      // secure_delete zeroed the freed pages; VACUUM rebuilds the file without them and the
      // checkpoints empty the log, so no copy of the case is left in the files on disk.
      ctx.compact();
      return { erased: true };
    },
  };
}
