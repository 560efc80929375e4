// Migration 6 lets two actors hold several ties, and keeps the ties a file already had.
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
const EGO = '33333333-3333-4333-8333-333333333333';
const MOTHER = '44444444-4444-4444-8444-444444444444';
const AT = '2026-01-15T09:30:00.000Z';

function seed(): void {
  db.prepare(
    `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
     VALUES (?, 'Yanis', 2010, '', ?, ?)`,
  ).run(CASE, AT, AT);
  db.prepare(
    `INSERT INTO maps (id, case_id, kind, created_at, updated_at) VALUES (?, ?, 'current', ?, ?)`,
  ).run(MAP, CASE, AT, AT);
  const actor = db.prepare(
    `INSERT INTO actors (id, map_id, is_ego, kind, name, role_label, sphere, domain, notes,
       placed_by, created_at, updated_at)
     VALUES (?, ?, ?, 'person', ?, '', 'primary', 'family', '', 'educator', ?, ?)`,
  );
  actor.run(EGO, MAP, 1, 'Yanis', AT, AT);
  actor.run(MOTHER, MAP, 0, 'Samia', AT, AT);
}

const insertTie = (id: string, source: string, target: string, valence: string) =>
  db
    .prepare(
      `INSERT INTO ties (id, map_id, source_id, target_id, closeness, valence, support_forward,
         support_backward, frequency, known_since_year, critical, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, 4, ?, '[]', '[]', NULL, NULL, NULL, '', ?, ?)`,
    )
    .run(id, MAP, source, target, valence, AT, AT);

describe('migration 6: parallel ties', () => {
  it('keeps existing ties and then accepts a second tie for the same pair', () => {
    migrate(db, { target: 5 });
    seed();
    insertTie('55555555-5555-4555-8555-555555555555', EGO, MOTHER, 'supportive');
    expect(() =>
      insertTie('66666666-6666-4666-8666-666666666666', MOTHER, EGO, 'stressful'),
    ).toThrow(/UNIQUE/);

    migrate(db, { target: 6 });
    expect(schemaVersion(db)).toBe(6);
    insertTie('66666666-6666-4666-8666-666666666666', MOTHER, EGO, 'stressful');
    expect(db.prepare('SELECT id, valence FROM ties ORDER BY seq').all()).toEqual([
      { id: '55555555-5555-4555-8555-555555555555', valence: 'supportive' },
      { id: '66666666-6666-4666-8666-666666666666', valence: 'stressful' },
    ]);
  });

  it('still refuses a tie from an actor to itself or across maps', () => {
    migrate(db, { target: 6 });
    seed();
    expect(() => insertTie('77777777-7777-4777-8777-777777777777', EGO, EGO, 'neutral')).toThrow(
      /CHECK/,
    );
    expect(() =>
      insertTie(
        '88888888-8888-4888-8888-888888888888',
        EGO,
        '99999999-9999-4999-8999-999999999999',
        'neutral',
      ),
    ).toThrow(/FOREIGN KEY/);
  });
});
