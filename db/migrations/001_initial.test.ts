// Migration 1 starts from an empty file (version 0 holds no data to carry over), so the test
// checks that the schema it creates enforces what the store relies on.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate';
import { createRepositories } from '../repositories';
import { MAILLAGE_APPLICATION_ID, MIGRATIONS } from './index';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
});
afterEach(() => db.close());

const AT = '2026-01-15T09:30:00.000Z';
const CASE = '11111111-1111-4111-8111-111111111111';
const MAP = '22222222-2222-4222-8222-222222222222';
const OTHER_MAP = '33333333-3333-4333-8333-333333333333';
const actorId = (n: number) => `aaaaaaaa-aaaa-4aaa-8aaa-${String(n).padStart(12, '0')}`;

function seed() {
  const repos = createRepositories(db);
  repos.cases.insert({
    id: CASE,
    pseudonym: 'Yanis',
    birthYear: 2010,
    referent: '',
    createdAt: AT,
    updatedAt: AT,
  });
  for (const [id, kind] of [
    [MAP, 'current'],
    [OTHER_MAP, 'wished'],
  ] as const) {
    repos.maps.insert({ id, caseId: CASE, kind, createdAt: AT, updatedAt: AT });
  }
  const actor = (n: number, mapId: string, isEgo = false) =>
    repos.actors.insert({
      id: actorId(n),
      mapId,
      isEgo,
      kind: 'person',
      name: `Acteur ${n}`,
      roleLabel: '',
      sphere: 'primary',
      domain: 'friends',
      notes: '',
      placedBy: 'young_person',
      createdAt: AT,
      updatedAt: AT,
    });
  actor(1, MAP, true);
  actor(2, MAP);
  actor(3, MAP);
  actor(4, OTHER_MAP, true);
  return repos;
}

const tieRow = (id: string, mapId: string, source: number, target: number) => ({
  id,
  mapId,
  sourceId: actorId(source),
  targetId: actorId(target),
  closeness: 4,
  valence: 'supportive' as const,
  supportForward: ['emotional' as const],
  supportBackward: [],
  frequency: 'weekly' as const,
  knownSinceYear: 2015,
  critical: null,
  notes: '',
  createdAt: AT,
  updatedAt: AT,
});

describe('migration 1: initial schema', () => {
  it('takes an empty file from version 0 to 1 and marks it as Maillage', () => {
    migrate(db, { target: 0 });
    expect(schemaVersion(db)).toBe(0);
    migrate(db, { migrations: MIGRATIONS, target: 1 });
    expect(schemaVersion(db)).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(MAILLAGE_APPLICATION_ID);
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all();
    expect(strict).toEqual(
      ['actors', 'cases', 'maps', 'placements', 'ties'].map((name) => ({ name, strict: 1 })),
    );
  });

  it('stores and reads back every field', () => {
    migrate(db); // the repositories follow the latest schema
    const repos = seed();
    repos.ties.insert(tieRow('bbbbbbbb-bbbb-4bbb-8bbb-000000000001', MAP, 1, 2));
    repos.placements.set({ actorId: actorId(2), x: -12.5, y: 40 });
    expect(repos.ties.listByMap(MAP)).toEqual([
      tieRow('bbbbbbbb-bbbb-4bbb-8bbb-000000000001', MAP, 1, 2),
    ]);
    expect(repos.actors.listByMap(MAP).map((a) => [a.name, a.isEgo])).toEqual([
      ['Acteur 1', true],
      ['Acteur 2', false],
      ['Acteur 3', false],
    ]);
    expect(repos.placements.listByMap(MAP)).toEqual([{ actorId: actorId(2), x: -12.5, y: 40 }]);
  });

  it('refuses values of the wrong type (STRICT tables)', () => {
    migrate(db); // the repositories follow the latest schema
    seed();
    expect(() => db.prepare("UPDATE cases SET birth_year = 'deux mille dix'").run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    expect(() =>
      db.prepare("INSERT INTO placements VALUES (?, 'left', 0)").run(actorId(3)),
    ).toThrow(/cannot store TEXT value in REAL column/);
  });

  it('keeps one person at the centre per map, and a tie between two different actors', () => {
    migrate(db); // the repositories follow the latest schema
    const repos = seed();
    expect(() => db.prepare('UPDATE actors SET is_ego = 1 WHERE id = ?').run(actorId(2))).toThrow(
      /UNIQUE/,
    );
    // One tie per pair held until migration 6 (see 006_parallel_ties.test.ts).
    expect(() =>
      repos.ties.insert(tieRow('bbbbbbbb-bbbb-4bbb-8bbb-000000000003', MAP, 2, 2)),
    ).toThrow(/CHECK/);
  });

  it('refuses a tie whose ends lie in another map', () => {
    migrate(db); // the repositories follow the latest schema
    const repos = seed();
    expect(() =>
      repos.ties.insert(tieRow('bbbbbbbb-bbbb-4bbb-8bbb-000000000001', MAP, 1, 4)),
    ).toThrow(/FOREIGN KEY/);
  });

  it('cascades a case deletion to maps, actors, ties and placements', () => {
    migrate(db); // the repositories follow the latest schema
    const repos = seed();
    repos.ties.insert(tieRow('bbbbbbbb-bbbb-4bbb-8bbb-000000000001', MAP, 1, 2));
    repos.placements.set({ actorId: actorId(2), x: 1, y: 2 });
    expect(repos.cases.delete(CASE)).toBe(true);
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM maps) + (SELECT count(*) FROM actors)
           + (SELECT count(*) FROM ties) + (SELECT count(*) FROM placements)`,
      )
      .pluck()
      .get();
    expect(counts).toBe(0);
  });
});
