// The one place that opens the database file. Everything that must happen on open lives here,
// in this order: open, (later: unlock the encrypted file), check the file is a Maillage database
// this version can read, without writing to it, then set the pragmas and migrate.
import Database from 'better-sqlite3';
import { MaillageError } from '../shared/errors';
import { toStoreError } from './errors';
import { migrate, schemaVersion, tooNewError } from './migrate';
import { LATEST_SCHEMA_VERSION, MAILLAGE_APPLICATION_ID } from './migrations';
import type { Db } from './sqlite';

/** Opens (creating it if needed) and migrates the database; refuses files it cannot handle. */
export function openDatabase(file: string): Db {
  const db = connect(file, {});
  try {
    assertReadableByThisVersion(db);
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw toStoreError(error);
  }
}

/** The schema version of an existing file, read without migrating or writing anything. */
export function readSchemaVersion(file: string): number {
  const db = connect(file, { readonly: true, fileMustExist: true });
  try {
    assertMaillageFile(db);
    return schemaVersion(db);
  } catch (error) {
    throw toStoreError(error);
  } finally {
    db.close();
  }
}

function connect(file: string, options: Database.Options): Db {
  try {
    return new Database(file, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MaillageError('db_unavailable', `The database file cannot be opened: ${reason}`);
  }
}

function configure(db: Db): void {
  // WAL lets readers work during a write; synchronous=FULL syncs the WAL on every commit, so
  // an edit the UI shows as saved survives a power cut.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten with zeros: a deleted case (a minor's data) does not linger
  // in free pages of the file.
  db.pragma('secure_delete = ON');
  db.pragma('trusted_schema = OFF');
}

function assertReadableByThisVersion(db: Db): void {
  assertMaillageFile(db);
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) throw tooNewError(version, LATEST_SCHEMA_VERSION);
}

/** Refuses another program's SQLite file before any migration could write into it. */
function assertMaillageFile(db: Db): void {
  const version = schemaVersion(db);
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  const objects = Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get());
  const isEmpty = version === 0 && applicationId === 0 && objects === 0;
  if (!isEmpty && applicationId !== MAILLAGE_APPLICATION_ID) {
    throw new MaillageError(
      'db_unavailable',
      'This file is a database of another program, not a Maillage database; it was left unchanged.',
    );
  }
}
