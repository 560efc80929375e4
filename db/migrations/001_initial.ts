// Migration 1: the first schema. Cases own maps, maps own actors, actors own ties and
// placements; every ownership cascades on delete so removing a case is one DELETE.
//
// Choices worth knowing before writing migration 2:
// - Every table is STRICT, so a value of the wrong type is refused by SQLite itself.
// - Enumerations (sphere, domain, valence...) carry no CHECK: zod validates them at the
//   boundary, and a CHECK would force a full table rebuild each time the model gains a value.
// - actors and ties have an INTEGER `seq` primary key: it keeps creation order stable
//   (a bare rowid may be renumbered by VACUUM); the uuid `id` is a UNIQUE column.
// - A tie references its endpoints through (map_id, actor id), so SQLite itself refuses
//   a tie whose ends lie in another map.
// - Support sets are JSON arrays of support types, sorted as SUPPORT_TYPES lists them:
//   readable in a dump and unaffected if the list of types ever grows or is reordered.
// - One tie per pair of actors in a map (either direction): an ecomap draws one line between
//   two people, and the analytics build simple graphs.
import type { Migration } from './types';

/** 'MAIL' in ASCII: marks the file as a Maillage database. */
export const MAILLAGE_APPLICATION_ID = 0x4d41494c;

const SQL = `
CREATE TABLE cases (
  id TEXT PRIMARY KEY NOT NULL,
  pseudonym TEXT NOT NULL,
  birth_year INTEGER,
  referent TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE maps (
  id TEXT PRIMARY KEY NOT NULL,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (case_id, kind)
) STRICT;

CREATE TABLE actors (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  map_id TEXT NOT NULL REFERENCES maps (id) ON DELETE CASCADE,
  is_ego INTEGER NOT NULL CHECK (is_ego IN (0, 1)),
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  role_label TEXT NOT NULL,
  sphere TEXT NOT NULL,
  domain TEXT NOT NULL,
  notes TEXT NOT NULL,
  placed_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (map_id, id)
) STRICT;
CREATE INDEX actors_by_map ON actors (map_id, seq);
CREATE UNIQUE INDEX actors_one_ego_per_map ON actors (map_id) WHERE is_ego = 1;

CREATE TABLE ties (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  map_id TEXT NOT NULL,
  source_id TEXT NOT NULL,
  target_id TEXT NOT NULL,
  closeness INTEGER NOT NULL CHECK (closeness BETWEEN 1 AND 5),
  valence TEXT NOT NULL,
  support_forward TEXT NOT NULL CHECK (json_type(support_forward) = 'array'),
  support_backward TEXT NOT NULL CHECK (json_type(support_backward) = 'array'),
  frequency TEXT,
  known_since_year INTEGER,
  critical TEXT,
  notes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (source_id <> target_id),
  FOREIGN KEY (map_id, source_id) REFERENCES actors (map_id, id) ON DELETE CASCADE,
  FOREIGN KEY (map_id, target_id) REFERENCES actors (map_id, id) ON DELETE CASCADE
) STRICT;
CREATE INDEX ties_by_source ON ties (map_id, source_id);
CREATE INDEX ties_by_target ON ties (map_id, target_id);
CREATE UNIQUE INDEX ties_one_per_pair
  ON ties (map_id, min(source_id, target_id), max(source_id, target_id));

CREATE TABLE placements (
  actor_id TEXT PRIMARY KEY NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  x REAL NOT NULL,
  y REAL NOT NULL
) STRICT, WITHOUT ROWID;

PRAGMA application_id = ${MAILLAGE_APPLICATION_ID};
`;

export const migration001: Migration = {
  version: 1,
  name: 'initial schema',
  up: (db) => {
    db.exec(SQL);
  },
};
