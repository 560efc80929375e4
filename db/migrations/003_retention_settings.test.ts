// Migration 3 adds the closing date of a case and the settings row to a file at version 2.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
});
afterEach(() => db.close());

const CASE = '11111111-1111-4111-8111-111111111111';
const AT = '2026-01-15T09:30:00.000Z';

describe('migration 3: case closing and settings', () => {
  it('leaves existing cases open and writes the default settings', () => {
    migrate(db, { target: 2 });
    db.prepare(
      `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
       VALUES (?, 'Yanis', 2010, 'M. B.', ?, ?)`,
    ).run(CASE, AT, AT);
    migrate(db, { target: 3 });
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, pseudonym, referent, closed_on FROM cases').all()).toEqual([
      { id: CASE, pseudonym: 'Yanis', referent: 'M. B.', closed_on: null },
    ]);
    expect(db.prepare('SELECT * FROM settings').all()).toEqual([
      { id: 1, idle_lock_minutes: 10, retention_years: 3 },
    ]);
  });

  it('keeps one settings row within its limits', () => {
    migrate(db, { target: 3 });
    expect(() => db.prepare('INSERT INTO settings VALUES (2, 10, 3)').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE settings SET idle_lock_minutes = 0').run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE settings SET retention_years = 31').run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE settings SET retention_years = 'trois'").run()).toThrow(
      /cannot store TEXT/,
    );
  });
});
