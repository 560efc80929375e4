// What every handler works with: the repositories, transactions, a clock, an id source, and the
// audit journal that every write appends to in its own transaction.
import type { AuditEntry } from '../../shared/api/security';
import type { Repositories } from '../repositories';
import type { Db } from '../sqlite';

export type AuditFact = Pick<AuditEntry, 'caseId' | 'entity' | 'entityId' | 'action'>;

export type ContextOptions = {
  /** The local user profile written in the journal (the operating-system account). */
  profile: string;
  clock: () => Date;
};

export type StoreContext = {
  repos: Repositories;
  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE); a throw rolls all of it back. */
  write<T>(fn: () => T): T;
  /** Runs `fn` in one read transaction, so it sees a single consistent state. */
  read<T>(fn: () => T): T;
  now(): string;
  /** Today's date, YYYY-MM-DD (UTC, like every timestamp the store writes). */
  today(): string;
  newId(): string;
  /** Appends a journal line; call inside write(), so it commits or rolls back with the change. */
  audit(fact: AuditFact): void;
  /** Checkpoints and empties the write-ahead log, so deleted data leave the disk at once. */
  scrubLog(): void;
  /** Rebuilds the file without free pages, then empties the log: nothing deleted remains. */
  compact(): void;
};

export function createContext(db: Db, repos: Repositories, options: ContextOptions): StoreContext {
  const now = () => options.clock().toISOString();
  const scrubLog = () => {
    db.pragma('wal_checkpoint(TRUNCATE)');
  };
  return {
    repos,
    write: (fn) => db.transaction(fn).immediate(),
    read: (fn) => db.transaction(fn).deferred(),
    now,
    today: () => now().slice(0, 10),
    newId: () => globalThis.crypto.randomUUID(),
    audit: (fact) => repos.audit.append({ ...fact, at: now(), profile: options.profile }),
    scrubLog,
    compact: () => {
      scrubLog();
      db.exec('VACUUM');
      scrubLog();
    },
  };
}
