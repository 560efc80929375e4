// The address book: list, quick search, the duplicate warning, create, update, what a deletion
// would change, delete; and the links between map actors and entries.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type {
  DirectoryEntry,
  DirectoryEntryFields,
  DirectoryEntrySummary,
} from '../../shared/partnerships/model';
import { looseKey, matchesQuery, nameKey } from '../../shared/partnerships/names';
import type { Repositories } from '../repositories';
import type { StoreContext } from './context';
import { differs, requireActor, requireMap } from './lookups';
import { partnershipSummaries } from './partnership-views';

type DirectoryHandlers = Pick<
  StoreHandlers,
  | 'directory.list'
  | 'directory.search'
  | 'directory.similar'
  | 'directory.create'
  | 'directory.update'
  | 'directory.usage'
  | 'directory.delete'
  | 'directory.linksOfMap'
  | 'actors.linkDirectory'
  | 'actors.directoryLink'
>;

const ENTRY_FIELDS: (keyof DirectoryEntryFields)[] = [
  'name',
  'kind',
  'sphere',
  'domain',
  'address',
  'contacts',
  'notes',
];

export function requireEntry(repos: Repositories, id: string): DirectoryEntry {
  const entry = repos.directory.get(id);
  if (!entry) throw new MaillageError('not_found', `No address-book entry with id ${id}.`);
  return entry;
}

/** Every entry with its counts, by name. */
export function entrySummaries(repos: Repositories): DirectoryEntrySummary[] {
  const counts = repos.directory.counts();
  return repos.directory.list().map((entry) => ({
    ...entry,
    caseCount: counts.get(entry.id)?.caseCount ?? 0,
    partnershipCount: counts.get(entry.id)?.partnershipCount ?? 0,
  }));
}

/** Entries whose name reads the same, small words aside (« Mission locale de Lyon » twice). */
function similarTo(repos: Repositories, name: string, exceptId?: string) {
  const loose = looseKey(name);
  const exact = nameKey(name);
  if (exact === '') return [];
  return entrySummaries(repos).filter(
    (entry) =>
      entry.id !== exceptId &&
      (nameKey(entry.name) === exact || (loose !== '' && looseKey(entry.name) === loose)),
  );
}

function refuseDuplicate(repos: Repositories, name: string, exceptId?: string): void {
  const twins = similarTo(repos, name, exceptId);
  if (twins.length > 0) {
    throw new MaillageError(
      'conflict',
      `The address book already has an entry with this name (${twins[0]!.id}).`,
      [{ path: 'name', issue: 'duplicate' }],
    );
  }
}

export function directoryHandlers(ctx: StoreContext): DirectoryHandlers {
  const { repos } = ctx;

  const summaryOf = (id: string): DirectoryEntrySummary => {
    const summary = entrySummaries(repos).find((e) => e.id === id);
    if (!summary) throw new MaillageError('not_found', `No address-book entry with id ${id}.`);
    return summary;
  };

  return {
    'directory.list': () => ctx.read(() => entrySummaries(repos)),

    'directory.search': ({ query, limit }) =>
      ctx.read(() =>
        entrySummaries(repos)
          .filter(
            (e) =>
              matchesQuery(e.name, query) ||
              matchesQuery(e.address, query) ||
              e.contacts.some((c) => matchesQuery(c.name, query)),
          )
          // Names that start with what was typed come first.
          .sort(
            (a, b) =>
              Number(nameKey(b.name).startsWith(nameKey(query))) -
              Number(nameKey(a.name).startsWith(nameKey(query))),
          )
          .slice(0, limit),
      ),

    'directory.similar': ({ name, exceptId }) => ctx.read(() => similarTo(repos, name, exceptId)),

    'directory.create': ({ id, allowDuplicate, ...input }) =>
      ctx.write(() => {
        const fields: DirectoryEntryFields = {
          name: input.name,
          kind: input.kind,
          sphere: input.sphere,
          domain: input.domain,
          address: input.address ?? '',
          contacts: input.contacts ?? [],
          notes: input.notes ?? '',
        };
        if (id !== undefined) {
          const existing = repos.directory.get(id);
          // A retried creation answers with what the first attempt stored.
          if (existing && !differs(existing, fields, ENTRY_FIELDS)) return existing;
          if (existing) throw new MaillageError('conflict', `An entry with id ${id} exists.`);
        }
        if (!allowDuplicate) refuseDuplicate(repos, fields.name);
        const at = ctx.now();
        const entry: DirectoryEntry = {
          id: id ?? ctx.newId(),
          ...fields,
          createdAt: at,
          updatedAt: at,
        };
        repos.directory.insert(entry);
        return entry;
      }),

    'directory.update': ({ id, patch, allowDuplicate }) =>
      ctx.write(() => {
        const current = requireEntry(repos, id);
        if (!differs(current, patch, ENTRY_FIELDS)) return current;
        if (patch.name !== undefined && !allowDuplicate && nameKey(patch.name) !== '') {
          if (nameKey(patch.name) !== nameKey(current.name)) refuseDuplicate(repos, patch.name, id);
        }
        const next: DirectoryEntry = { ...current, ...patch, updatedAt: ctx.now() };
        repos.directory.save(next);
        return next;
      }),

    'directory.usage': ({ id }) =>
      ctx.read(() => {
        requireEntry(repos, id);
        const records = new Map(repos.partnerships.list().map((p) => [p.id, p]));
        return {
          entryId: id,
          cases: repos.directory.casesOf(id),
          partnerships: repos.partnerships.ofEntry(id).map(({ id: pid, role }) => {
            const record = records.get(pid)!;
            return { id: pid, title: record.title, status: record.status, role };
          }),
        };
      }),

    // One transaction: the actors lose their link (they stay in their maps), the partnerships
    // lose the partner (and past evaluations its attendance), then the entry goes.
    'directory.delete': ({ id }) =>
      ctx.write(() => {
        requireEntry(repos, id);
        const linked = repos.directory.linkedActorsOf(id);
        const unlinkedActors = repos.directory.unlinkEntry(id);
        const removedFromPartnerships = repos.partnerships.removeEntry(id);
        repos.directory.delete(id);
        for (const { actorId, caseId } of linked) {
          ctx.audit({ caseId, entity: 'actor', entityId: actorId, action: 'update' });
        }
        return { deleted: true as const, unlinkedActors, removedFromPartnerships };
      }),

    'directory.linksOfMap': ({ mapId }) =>
      ctx.read(() => {
        requireMap(repos, mapId);
        return repos.directory.linksOfMap(mapId);
      }),

    'actors.linkDirectory': ({ actorId, entryId }) =>
      ctx.write(() => {
        const actor = requireActor(repos, actorId);
        if (actor.isEgo) {
          throw new MaillageError(
            'conflict',
            `Actor ${actorId} is the person at the centre and has no address-book entry.`,
          );
        }
        if (entryId !== null) requireEntry(repos, entryId);
        const current = repos.directory.linkOf(actorId) ?? null;
        if (current === entryId) return { actorId, entryId };
        if (entryId === null) repos.directory.unlink(actorId);
        else repos.directory.link(actorId, entryId);
        const map = requireMap(repos, actor.mapId);
        ctx.audit({ caseId: map.caseId, entity: 'actor', entityId: actorId, action: 'update' });
        return { actorId, entryId };
      }),

    'actors.directoryLink': ({ actorId }) =>
      ctx.read(() => {
        requireActor(repos, actorId);
        const entryId = repos.directory.linkOf(actorId);
        if (!entryId) return { entry: null, partnerships: [] };
        const ids = new Set(repos.partnerships.ofEntry(entryId).map((p) => p.id));
        return {
          entry: summaryOf(entryId),
          partnerships: partnershipSummaries(repos).filter((p) => ids.has(p.id)),
        };
      }),
  };
}
