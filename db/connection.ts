// The one place that opens the database file. Everything that must happen on open lives here,
// in this order: open, give the encryption key, check the file is a Maillage database this
// version can read and that it is intact (reads only), then set the pragmas and migrate.
import { MaillageError } from '../shared/errors';
import { applyKey, encryptInPlace, type DataKey } from './cipher';
import { toStoreError } from './errors';
import { migrate, schemaVersion, tooNewError } from './migrate';
import { LATEST_SCHEMA_VERSION, MAILLAGE_APPLICATION_ID } from './migrations';
import { SqliteDriver, SqliteError, type Db, type DbOptions } from './sqlite';

export type OpenOptions = {
  /**
   * The data key of an encrypted file. null opens an unencrypted file: only tests and the
   * benchmark's baseline do that; the app always gives a key.
   */
  key?: DataKey | null;
  /**
   * Called once before migrating a file that holds data, with a function that writes a copy of
   * the file as it is (encrypted with the same key) to a path: the host's pre-migration backup.
   */
  beforeMigrate?: (from: number, to: number, copyTo: (target: string) => void) => void;
};

/** Opens (creating it if needed) and migrates the database; refuses files it cannot handle. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const key = options.key ?? null;
  const db = connect(file, {}, key);
  try {
    assertReadableByThisVersion(db, key !== null);
    configure(db);
    const from = schemaVersion(db);
    if (from > 0 && from < LATEST_SCHEMA_VERSION && options.beforeMigrate) {
      options.beforeMigrate(from, LATEST_SCHEMA_VERSION, (target) => copyInto(db, target));
    }
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw toStoreError(error);
  }
}

/** The schema version of an existing file, read without migrating or writing anything. */
export function readSchemaVersion(file: string, key: DataKey | null = null): number {
  const db = connect(file, { readonly: true, fileMustExist: true }, key);
  try {
    assertMaillageFile(db, key !== null);
    return schemaVersion(db);
  } catch (error) {
    throw toStoreError(error);
  } finally {
    db.close();
  }
}

/**
 * Whether a file (a backup just written, say) opens with this key, is a Maillage database and
 * passes SQLite's full integrity_check. Reads only.
 */
export function isIntactDatabase(file: string, key: DataKey | null): boolean {
  let db: Db;
  try {
    db = connect(file, { readonly: true, fileMustExist: true }, key);
  } catch {
    return false;
  }
  try {
    assertMaillageFile(db, key !== null);
    return db.pragma('integrity_check', { simple: true }) === 'ok';
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Encrypts, in place, a database an older Maillage wrote without encryption. Refuses (and leaves
 * unchanged) a file that is not an intact Maillage database.
 */
export function encryptDatabaseFile(file: string, key: DataKey): void {
  const db = connect(file, { fileMustExist: true }, null);
  try {
    assertReadableByThisVersion(db, false);
    encryptInPlace(db, key);
  } catch (error) {
    throw toStoreError(error);
  } finally {
    db.close();
  }
}

/** A consistent copy of the whole database, encrypted with the same key, in a new file. */
export function copyInto(db: Db, target: string): void {
  // VACUUM INTO takes the file name as a bound value, never as SQL text.
  db.prepare('VACUUM INTO ?').run(target);
}

function connect(file: string, options: DbOptions, key: DataKey | null): Db {
  let db: Db;
  try {
    db = new SqliteDriver(file, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MaillageError('db_unavailable', `The database file cannot be opened: ${reason}`);
  }
  if (key !== null) {
    try {
      applyKey(db, key);
    } catch (error) {
      db.close();
      throw error;
    }
  }
  return db;
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

function assertReadableByThisVersion(db: Db, keyed: boolean): void {
  assertMaillageFile(db, keyed);
  assertIntact(db);
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) throw tooNewError(version, LATEST_SCHEMA_VERSION);
}

/** A quick_check at every open: a damaged file is never written to. */
function assertIntact(db: Db): void {
  let verdict: unknown;
  try {
    verdict = db.pragma('quick_check', { simple: true });
  } catch (error) {
    if (isDamage(error)) throw damaged();
    throw error;
  }
  if (verdict !== 'ok') throw damaged();
}

function damaged(): MaillageError {
  return new MaillageError(
    'db_corrupt',
    'The database file is damaged; it was left unchanged and nothing will be written to it.',
  );
}

function isDamage(error: unknown): boolean {
  return (
    error instanceof SqliteError &&
    (error.code.startsWith('SQLITE_CORRUPT') || error.code.startsWith('SQLITE_NOTADB'))
  );
}

/** Refuses another program's SQLite file before any migration could write into it. */
function assertMaillageFile(db: Db, keyed: boolean): void {
  let version: number;
  let applicationId: number;
  let objects: number;
  try {
    version = schemaVersion(db);
    applicationId = Number(db.pragma('application_id', { simple: true }));
    objects = Number(db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get());
  } catch (error) {
    // With the right key (the host checked it when unwrapping it), an unreadable header or
    // schema is damage; without a key it is some other kind of file.
    if (isDamage(error) && keyed) throw damaged();
    if (isDamage(error)) {
      throw new MaillageError(
        'db_unavailable',
        'This file is not a Maillage database, or it is damaged or encrypted; it was left unchanged.',
      );
    }
    throw error;
  }
  const isEmpty = version === 0 && applicationId === 0 && objects === 0;
  if (!isEmpty && applicationId !== MAILLAGE_APPLICATION_ID) {
    throw new MaillageError(
      'db_unavailable',
      'This file is a database of another program, not a Maillage database; it was left unchanged.',
    );
  }
}
