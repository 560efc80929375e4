// The store: one SQLite file holding every case. Hosts (Electron main, the browser-mode
// server) open it and pass `handlers` to shared/api's dispatch; nothing else reaches SQL.
import type { StoreHandlers } from '../shared/api/contract';
import { openDatabase } from './connection';
import { createHandlers } from './handlers';
import { schemaVersion } from './migrate';
import { createRepositories, type Repositories } from './repositories';

export type Store = {
  /** Implements every operation of the API contract. */
  handlers: StoreHandlers;
  /** The repositories, for host code that needs an operation the contract does not offer. */
  repositories: Repositories;
  /** The schema version of the open file (always LATEST_SCHEMA_VERSION once open). */
  schemaVersion(): number;
  /** Copies the write-ahead log into the main file and empties it (before a backup, say). */
  checkpoint(): void;
  /** Closes the file; the handlers then answer 'db_unavailable'. Safe to call twice. */
  close(): void;
};

/**
 * Opens the store in `file`, creating and migrating it as needed. Throws a MaillageError
 * ('db_too_new' or 'db_unavailable') for a file this version must not touch.
 */
export function openStore(file: string): Store {
  const db = openDatabase(file);
  const repositories = createRepositories(db);
  return {
    handlers: createHandlers(db, repositories),
    repositories,
    schemaVersion: () => schemaVersion(db),
    checkpoint: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}

export { readSchemaVersion } from './connection';
export { LATEST_SCHEMA_VERSION } from './migrations';
export type { Repositories } from './repositories';
