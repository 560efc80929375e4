// Migration 5 adds the address book and the partnerships to a file at version 4.
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
const MAP = '22222222-2222-4222-8222-222222222222';
const ACTOR = '33333333-3333-4333-8333-333333333333';
const ENTRY = '44444444-4444-4444-8444-444444444444';
const PARTNERSHIP = '55555555-5555-4555-8555-555555555555';
const AT = '2026-01-15T09:30:00.000Z';

function seedVersion4() {
  migrate(db, { target: 4 });
  db.prepare(
    `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
     VALUES (?, 'Yanis', 2010, '', ?, ?)`,
  ).run(CASE, AT, AT);
  db.prepare(
    `INSERT INTO maps (id, case_id, kind, created_at, updated_at) VALUES (?, ?, 'current', ?, ?)`,
  ).run(MAP, CASE, AT, AT);
  db.prepare(
    `INSERT INTO actors (id, map_id, is_ego, kind, name, role_label, sphere, domain, notes,
       placed_by, created_at, updated_at)
     VALUES (?, ?, 0, 'organisation', 'Club', '', 'formal_secondary', 'sport', '', 'educator', ?, ?)`,
  ).run(ACTOR, MAP, AT, AT);
}

const insertEntry = () =>
  db
    .prepare(
      `INSERT INTO directory_entries (id, name, name_key, kind, sphere, domain, address, contacts,
         notes, created_at, updated_at)
       VALUES (?, 'Club', 'club', 'organisation', 'formal_secondary', 'sport', '', '[]', '', ?, ?)`,
    )
    .run(ENTRY, AT, AT);

const insertPartnership = (start: string, end: string | null) =>
  db
    .prepare(
      `INSERT INTO partnerships (id, title, need, objectives, principles, formalisation, start_on,
         planned_end_on, status, evaluations_per_year, next_evaluation_on, ended_on, end_reason,
         created_at, updated_at)
       VALUES (?, 'Projet', '', '[]', '{}', '{}', ?, ?, 'active', 3, NULL, NULL, '', ?, ?)`,
    )
    .run(PARTNERSHIP, start, end, AT, AT);

describe('migration 5: address book and partnerships', () => {
  it('keeps the maps as they were and links an actor to an entry', () => {
    seedVersion4();
    migrate(db, { target: 5 });
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT id, name FROM actors').all()).toEqual([{ id: ACTOR, name: 'Club' }]);
    insertEntry();
    db.prepare('INSERT INTO actor_directory_links VALUES (?, ?)').run(ACTOR, ENTRY);
    // Removing the actor removes the link, never the entry.
    db.prepare('DELETE FROM actors WHERE id = ?').run(ACTOR);
    expect(db.prepare('SELECT count(*) AS n FROM actor_directory_links').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM directory_entries').get()).toEqual({ n: 1 });
  });

  it('refuses a planned end before the start, a step out of 1..19, a link to nothing', () => {
    seedVersion4();
    migrate(db, { target: 5 });
    expect(() => insertPartnership('2026-05-01', '2026-04-01')).toThrow(/CHECK/);
    insertPartnership('2026-05-01', null);
    const step = db.prepare(
      `INSERT INTO partnership_steps (partnership_id, step, done, done_on, comment)
       VALUES (?, ?, 1, NULL, '')`,
    );
    expect(() => step.run(PARTNERSHIP, 20)).toThrow(/CHECK/);
    step.run(PARTNERSHIP, 19);
    expect(() =>
      db.prepare('INSERT INTO actor_directory_links VALUES (?, ?)').run(ACTOR, ENTRY),
    ).toThrow(/FOREIGN KEY/);
  });
});
