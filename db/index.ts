// The store: one SQLite file, encrypted, holding every case. Hosts (Electron main, the
// browser-mode server, through electron/host's vault) open it with the data key and pass
// `handlers` to shared/api's dispatch; nothing else reaches SQL.
import type { StoreHandlers } from '../shared/api/contract';
import { copyInto, openDatabase, type OpenOptions } from './connection';
import { createHandlers } from './handlers';
import { createContext, type AuditFact } from './handlers/context';
import { caseImporter, type CaseImporter } from './handlers/import-case';
import { toStoreError } from './errors';
import { schemaVersion } from './migrate';
import { MaillageError } from '../shared/errors';
import { createRepositories, type Repositories } from './repositories';

export type StoreOptions = OpenOptions & {
  /** The local user profile the audit journal names (the operating-system account). */
  profile?: string;
  /** The clock of the timestamps and of the retention dates (tests set it). */
  clock?: () => Date;
};

export type Store = {
  /** Implements every store operation of the API contract. */
  handlers: StoreHandlers;
  /** The repositories, for host code that needs an operation the contract does not offer. */
  repositories: Repositories;
  /** The schema version of the open file (always LATEST_SCHEMA_VERSION once open). */
  schemaVersion(): number;
  /** Copies the write-ahead log into the main file and empties it (before a backup, say). */
  checkpoint(): void;
  /** Writes a consistent, encrypted copy of the database to a new file (VACUUM INTO). */
  copyTo(target: string): void;
  /**
   * Writes an imported case document as a new case in one transaction (issue 8). Not in the
   * contract: the host's import job calls it after the preview and the automatic backup.
   */
  importCase: CaseImporter;
  /** Journals something the host did to the data (a backup, a restore, a new passphrase). */
  recordEvent(fact: AuditFact): void;
  /** Closes the file; the handlers then answer 'db_unavailable'. Safe to call twice. */
  close(): void;
};

/**
 * Opens the store in `file`, creating and migrating it as needed. Throws a MaillageError
 * ('db_too_new', 'db_corrupt' or 'db_unavailable') for a file this version must not touch.
 */
export function openStore(file: string, options: StoreOptions = {}): Store {
  const db = openDatabase(file, options);
  const repositories = createRepositories(db);
  const profile = options.profile ?? 'local';
  const clock = options.clock ?? (() => new Date());
  const importer = caseImporter(createContext(db, repositories, { profile, clock }));
  return {
    handlers: createHandlers(db, repositories, { profile, clock }),
    repositories,
    schemaVersion: () => schemaVersion(db),
    checkpoint: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    copyTo: (target) => copyInto(db, target),
    importCase: (document) => {
      if (!db.open) throw new MaillageError('db_unavailable', 'The store is closed.');
      try {
        return importer(document);
      } catch (error) {
        throw toStoreError(error);
      }
    },
    recordEvent: (fact) => {
      db.transaction(() => {
        repositories.audit.append({ ...fact, at: clock().toISOString(), profile });
      }).immediate();
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}

export { encryptDatabaseFile, isIntactDatabase, readSchemaVersion } from './connection';
export { DATA_KEY_BYTES, type DataKey } from './cipher';
export { LATEST_SCHEMA_VERSION } from './migrations';
export type { Repositories } from './repositories';
export type { AuditFact } from './handlers/context';
