// Migration 4 adds snapshots, meeting notes and the next review date to a file at version 3:
// existing cases keep their data and have no review planned; snapshots and notes refuse any
// change through SQL, and go only when their case is deleted.
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
const OTHER = '22222222-2222-4222-8222-222222222222';
const SNAP = '33333333-3333-4333-8333-333333333333';
const NOTE = '44444444-4444-4444-8444-444444444444';
const AT = '2026-01-15T09:30:00.000Z';

const insertCase = (id: string, pseudonym: string) =>
  db
    .prepare(
      `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
       VALUES (?, ?, 2010, 'M. B.', ?, ?)`,
    )
    .run(id, pseudonym, AT, AT);

const insertSnapshot = (id: string, caseId: string) =>
  db
    .prepare(
      `INSERT INTO snapshots (id, case_id, label, taken_on, created_at, actor_count, tie_count, data)
       VALUES (?, ?, 'Bilan de mars', '2026-03-12', ?, 0, 0, '{"actors":[]}')`,
    )
    .run(id, caseId, AT);

const insertNote = () =>
  db
    .prepare(
      `INSERT INTO meeting_notes (id, snapshot_id, author, text, created_at)
       VALUES (?, ?, 'Mme K.', 'Relancer le club', ?)`,
    )
    .run(NOTE, SNAP, AT);

const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('migration 4: snapshots and meeting notes', () => {
  it('keeps the cases of version 3, with no review planned', () => {
    migrate(db, { target: 3 });
    insertCase(CASE, 'Yanis');
    migrate(db, { target: 4 });
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT id, pseudonym, next_review_on FROM cases').all()).toEqual([
      { id: CASE, pseudonym: 'Yanis', next_review_on: null },
    ]);
    expect(count('snapshots')).toBe(0);
    expect(count('meeting_notes')).toBe(0);
  });

  it('refuses to change or delete a snapshot or a note, even through SQL', () => {
    migrate(db, { target: 4 });
    insertCase(CASE, 'Yanis');
    insertSnapshot(SNAP, CASE);
    insertNote();
    expect(() => db.prepare("UPDATE snapshots SET label = 'Autre'").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare("UPDATE snapshots SET data = '{}'").run()).toThrow(/cannot be changed/);
    expect(() => db.prepare('DELETE FROM snapshots').run()).toThrow(/only with its case/);
    expect(() => db.prepare("UPDATE meeting_notes SET text = 'x'").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => db.prepare('DELETE FROM meeting_notes').run()).toThrow(/only with its case/);
    expect(db.prepare('SELECT label, data FROM snapshots').all()).toEqual([
      { label: 'Bilan de mars', data: '{"actors":[]}' },
    ]);
    expect(db.prepare('SELECT text FROM meeting_notes').pluck().all()).toEqual([
      'Relancer le club',
    ]);
  });

  it('lets the deletion of a case take its snapshots and notes, and only those', () => {
    migrate(db, { target: 4 });
    insertCase(CASE, 'Yanis');
    insertCase(OTHER, 'Lina');
    insertSnapshot(SNAP, CASE);
    insertSnapshot('55555555-5555-4555-8555-555555555555', OTHER);
    insertNote();
    db.prepare('DELETE FROM cases WHERE id = ?').run(CASE);
    expect(db.prepare('SELECT case_id FROM snapshots').pluck().all()).toEqual([OTHER]);
    expect(count('meeting_notes')).toBe(0);
  });

  it('refuses a snapshot whose map is not a JSON object, or of an unknown case', () => {
    migrate(db, { target: 4 });
    insertCase(CASE, 'Yanis');
    expect(() =>
      db
        .prepare(
          `INSERT INTO snapshots (id, case_id, label, taken_on, created_at, actor_count, tie_count, data)
           VALUES (?, ?, 'x', '2026-03-12', ?, 0, 0, '[1]')`,
        )
        .run(SNAP, CASE, AT),
    ).toThrow(/CHECK/);
    expect(() => insertSnapshot(SNAP, OTHER)).toThrow(/FOREIGN KEY/);
  });
});
