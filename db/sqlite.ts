// The SQLite driver, named once so the rest of db/ does not depend on how it is imported.
// better-sqlite3-multiple-ciphers is better-sqlite3 built with SQLite3 Multiple Ciphers: the same
// API, plus encryption (see connection.ts and the README for the choice of the 12.x line).
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;
export type DbOptions = Database.Options;
export const SqliteDriver = Database;
export const SqliteError = Database.SqliteError;
