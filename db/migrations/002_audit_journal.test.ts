// Migration 2 adds the audit journal to a file that already holds cases: the data stay as they
// were, and the journal refuses any change to its lines.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
});
afterEach(() => db.close());

const CASE = '11111111-1111-4111-8111-111111111111';
const AT = '2026-01-15T09:30:00.000Z';

const appendLine = (action: string) =>
  db
    .prepare(
      `INSERT INTO audit_log (at, case_id, entity, entity_id, action, profile)
       VALUES (?, ?, 'case', ?, ?, 'educ1')`,
    )
    .run(AT, CASE, CASE, action);

describe('migration 2: audit journal', () => {
  it('keeps the cases of version 1 and adds an empty journal', () => {
    migrate(db, { target: 1 });
    db.prepare(
      `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
       VALUES (?, 'Yanis', 2010, '', ?, ?)`,
    ).run(CASE, AT, AT);
    migrate(db, { target: 2 });
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id, pseudonym FROM cases').all()).toEqual([
      { id: CASE, pseudonym: 'Yanis' },
    ]);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  });

  it('appends lines and refuses to change or delete them, even through SQL', () => {
    migrate(db, { target: 2 });
    appendLine('create');
    appendLine('update');
    expect(() => db.prepare("UPDATE audit_log SET action = 'nothing'").run()).toThrow(
      /append-only/,
    );
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT seq, action FROM audit_log ORDER BY seq').all()).toEqual([
      { seq: 1, action: 'create' },
      { seq: 2, action: 'update' },
    ]);
  });

  it('keeps the lines of a case once the case is gone (no foreign key)', () => {
    migrate(db, { target: 2 });
    db.prepare(
      `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
       VALUES (?, 'Yanis', NULL, '', ?, ?)`,
    ).run(CASE, AT, AT);
    appendLine('create');
    db.prepare('DELETE FROM cases').run();
    expect(db.prepare('SELECT case_id FROM audit_log').pluck().all()).toEqual([CASE]);
  });
});
