import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { MaillageError } from '../shared/errors';
import { migrate, schemaVersion } from './migrate';
import type { Migration } from './migrations';

const open: Database.Database[] = [];
function memory(): Database.Database {
  const db = new Database(':memory:');
  open.push(db);
  return db;
}
afterEach(() => open.splice(0).forEach((db) => db.close()));

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

const step = (version: number, sql: string): Migration => ({
  version,
  name: `step ${version}`,
  up: (db) => {
    db.exec(sql);
  },
});

const STEPS = [
  step(1, 'CREATE TABLE a (x INTEGER) STRICT'),
  step(2, 'CREATE TABLE b (y INTEGER) STRICT'),
  step(3, 'CREATE TABLE c (z INTEGER) STRICT'),
];

describe('migrate', () => {
  it('applies the steps in order up to a target, then the rest', () => {
    const db = memory();
    expect(migrate(db, { migrations: STEPS, target: 2 })).toBe(2);
    expect(tables(db)).toEqual(['a', 'b']);
    expect(migrate(db, { migrations: STEPS })).toBe(3);
    expect(tables(db)).toEqual(['a', 'b', 'c']);
    expect(migrate(db, { migrations: STEPS })).toBe(3);
  });

  it('leaves the database at the previous version when a step fails midway', () => {
    const db = memory();
    const failing = step(2, 'CREATE TABLE b (y INTEGER) STRICT; INSERT INTO nowhere VALUES (1)');
    migrate(db, { migrations: [STEPS[0]!] });
    expect(() => migrate(db, { migrations: [STEPS[0]!, failing] })).toThrow(/nowhere/);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(['a']);
  });

  it('refuses a step that leaves broken references', () => {
    const db = memory();
    db.pragma('foreign_keys = OFF');
    const orphan = step(
      1,
      `CREATE TABLE p (id INTEGER PRIMARY KEY) STRICT;
       CREATE TABLE c (p_id INTEGER REFERENCES p (id)) STRICT;
       INSERT INTO c VALUES (42);`,
    );
    expect(() => migrate(db, { migrations: [orphan] })).toThrow(/broken reference/);
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).toEqual([]);
  });

  it('refuses a database newer than the steps it knows', () => {
    const db = memory();
    db.pragma('user_version = 7');
    let error: unknown;
    try {
      migrate(db, { migrations: STEPS });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MaillageError);
    expect(error).toMatchObject({ code: 'db_too_new' });
    expect(tables(db)).toEqual([]);
  });

  it('refuses a list of steps that is not numbered 1, 2, 3...', () => {
    expect(() => migrate(memory(), { migrations: [STEPS[0]!, STEPS[2]!] })).toThrow(
      /numbered 3, expected 2/,
    );
    expect(() => migrate(memory(), { migrations: STEPS, target: 4 })).toThrow(RangeError);
  });
});
