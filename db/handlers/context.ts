// What every handler works with: the repositories, transactions, a clock and an id source.
import type { Repositories } from '../repositories';
import type { Db } from '../sqlite';

export type StoreContext = {
  repos: Repositories;
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE); a throw rolls all of it back. */
  write<T>(fn: () => T): T;
  /** Runs `fn` in one read transaction, so it sees a single consistent state. */
  read<T>(fn: () => T): T;
  now(): string;
  newId(): string;
  /** Checkpoints and empties the write-ahead log, so deleted data leave the disk at once. */
  scrubLog(): void;
};

export function createContext(db: Db, repos: Repositories): StoreContext {
  return {
    repos,
    write: (fn) => db.transaction(fn).immediate(),
    read: (fn) => db.transaction(fn).deferred(),
    now: () => new Date().toISOString(),
    newId: () => globalThis.crypto.randomUUID(),
    scrubLog: () => {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
