// The SQLite driver's types, named once so the rest of db/ does not depend on how the
// driver is imported (encryption will swap the driver behind connection.ts).
import type Database from 'better-sqlite3';

export type Db = Database.Database;
