// The address book: entries, the links from map actors to entries, and how much each entry is
// used (cases whose current or wished map holds it, partnerships it takes part in).
import type { DirectoryContact, DirectoryEntry } from '../../shared/partnerships/model';
import { nameKey } from '../../shared/partnerships/names';
import type { Db } from '../sqlite';

type EntryRow = Omit<DirectoryEntry, 'contacts'> & { contacts: string };
type EntryWrite = EntryRow & { nameKey: string };

const COLUMNS = `e.id, e.name, e.kind, e.sphere, e.domain, e.address, e.contacts, e.notes,
  e.created_at AS createdAt, e.updated_at AS updatedAt`;

const fromRow = (row: EntryRow): DirectoryEntry => ({
  ...row,
  contacts: JSON.parse(row.contacts) as DirectoryContact[],
});
const toRow = (entry: DirectoryEntry): EntryWrite => ({
  ...entry,
  contacts: JSON.stringify(entry.contacts),
  nameKey: nameKey(entry.name),
});

export type EntryCounts = { caseCount: number; partnershipCount: number };

export function directoryRepository(db: Db) {
  const all = db.prepare<[], EntryRow>(
    `SELECT ${COLUMNS} FROM directory_entries e ORDER BY e.name_key, e.seq`,
  );
  const byId = db.prepare<[string], EntryRow>(
    `SELECT ${COLUMNS} FROM directory_entries e WHERE e.id = ?`,
  );
  const insertRow = db.prepare<EntryWrite>(
    `INSERT INTO directory_entries (id, name, name_key, kind, sphere, domain, address, contacts,
       notes, created_at, updated_at)
     VALUES (@id, @name, @nameKey, @kind, @sphere, @domain, @address, @contacts, @notes,
       @createdAt, @updatedAt)`,
  );
  const saveRow = db.prepare<EntryWrite>(
    `UPDATE directory_entries SET name = @name, name_key = @nameKey, kind = @kind,
       sphere = @sphere, domain = @domain, address = @address, contacts = @contacts,
       notes = @notes, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM directory_entries WHERE id = ?');
  // A case counts once however many of its maps' actors are linked to the entry.
  const counts = db.prepare<[], EntryCounts & { id: string }>(
    `SELECT e.id,
       (SELECT count(DISTINCT m.case_id) FROM actor_directory_links l
          JOIN actors a ON a.id = l.actor_id JOIN maps m ON m.id = a.map_id
          WHERE l.entry_id = e.id) AS caseCount,
       (SELECT count(*) FROM partnership_partners p WHERE p.entry_id = e.id) AS partnershipCount
     FROM directory_entries e`,
  );
  const linkOf = db.prepare<[string], { entryId: string }>(
    'SELECT entry_id AS entryId FROM actor_directory_links WHERE actor_id = ?',
  );
  const setLinkRow = db.prepare<[string, string]>(
    `INSERT INTO actor_directory_links (actor_id, entry_id) VALUES (?, ?)
     ON CONFLICT (actor_id) DO UPDATE SET entry_id = excluded.entry_id`,
  );
  const unlinkRow = db.prepare<[string]>('DELETE FROM actor_directory_links WHERE actor_id = ?');
  const unlinkEntryRows = db.prepare<[string]>(
    'DELETE FROM actor_directory_links WHERE entry_id = ?',
  );
  const linksOfMapRows = db.prepare<[string], { actorId: string; entryId: string }>(
    `SELECT l.actor_id AS actorId, l.entry_id AS entryId FROM actor_directory_links l
     JOIN actors a ON a.id = l.actor_id WHERE a.map_id = ? ORDER BY a.seq`,
  );
  const allLinkRows = db.prepare<[], { actorId: string; entryId: string }>(
    'SELECT actor_id AS actorId, entry_id AS entryId FROM actor_directory_links',
  );
  const casesOfEntry = db.prepare<
    [string],
    { caseId: string; pseudonym: string; actorCount: number }
  >(
    `SELECT c.id AS caseId, c.pseudonym, count(*) AS actorCount FROM actor_directory_links l
     JOIN actors a ON a.id = l.actor_id JOIN maps m ON m.id = a.map_id
     JOIN cases c ON c.id = m.case_id
     WHERE l.entry_id = ? GROUP BY c.id ORDER BY c.pseudonym, c.id`,
  );
  const linkedActorsOfEntry = db.prepare<[string], { actorId: string; caseId: string }>(
    `SELECT l.actor_id AS actorId, m.case_id AS caseId FROM actor_directory_links l
     JOIN actors a ON a.id = l.actor_id JOIN maps m ON m.id = a.map_id WHERE l.entry_id = ?`,
  );

  return {
    /** By name as read (accents and case aside). */
    list: (): DirectoryEntry[] => all.all().map(fromRow),
    get: (id: string): DirectoryEntry | undefined => {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    counts: (): Map<string, EntryCounts> =>
      new Map(counts.all().map(({ id, ...rest }) => [id, rest])),
    insert: (entry: DirectoryEntry): void => {
      insertRow.run(toRow(entry));
    },
    save: (entry: DirectoryEntry): void => {
      saveRow.run(toRow(entry));
    },
    /** Removes the entry; its actor links and partner rows go with it (cascade). */
    delete: (id: string): boolean => deleteRow.run(id).changes > 0,
    linkOf: (actorId: string): string | undefined => linkOf.get(actorId)?.entryId,
    link: (actorId: string, entryId: string): void => {
      setLinkRow.run(actorId, entryId);
    },
    unlink: (actorId: string): boolean => unlinkRow.run(actorId).changes > 0,
    unlinkEntry: (entryId: string): number => unlinkEntryRows.run(entryId).changes,
    linksOfMap: (mapId: string) => linksOfMapRows.all(mapId),
    allLinks: (): Map<string, string> =>
      new Map(allLinkRows.all().map((l) => [l.actorId, l.entryId])),
    casesOf: (entryId: string) => casesOfEntry.all(entryId),
    linkedActorsOf: (entryId: string) => linkedActorsOfEntry.all(entryId),
  };
}

export type DirectoryRepository = ReturnType<typeof directoryRepository>;
