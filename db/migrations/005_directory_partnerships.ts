// Migration 5: the service's address book and its partnerships (issue 7).
// - directory_entries: organisations and professionals shared by all cases. `name_key` is the
//   name as a person reads it (shared/partnerships/names.ts) for the duplicate warning.
// - actor_directory_links: which map actor is which entry. A table rather than an actor column,
//   so the map's gestures (applyEdits, undo, redo) never touch it; both ends cascade: removing an
//   actor or an entry removes the link, never the other end.
// - partnerships: one project each. Objectives, principles and formalisation are JSON documents
//   (read and written whole with the partnership); partners, cases, steps and evaluations are
//   rows so that the address book and the cases can count and cascade on them.
// - The planned end is never before the start, and Dhume's steps are numbered 1 to 19: SQLite
//   itself refuses anything else.
import type { Migration } from './types';

const SQL = `
CREATE TABLE directory_entries (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  sphere TEXT NOT NULL,
  domain TEXT NOT NULL,
  address TEXT NOT NULL,
  contacts TEXT NOT NULL CHECK (json_type(contacts) = 'array'),
  notes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX directory_entries_by_key ON directory_entries (name_key);

CREATE TABLE actor_directory_links (
  actor_id TEXT PRIMARY KEY NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX actor_directory_links_by_entry ON actor_directory_links (entry_id);

CREATE TABLE partnerships (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL CHECK (length(title) > 0),
  need TEXT NOT NULL,
  objectives TEXT NOT NULL CHECK (json_type(objectives) = 'array'),
  principles TEXT NOT NULL CHECK (json_type(principles) = 'object'),
  formalisation TEXT NOT NULL CHECK (json_type(formalisation) = 'object'),
  start_on TEXT NOT NULL,
  planned_end_on TEXT CHECK (planned_end_on IS NULL OR planned_end_on >= start_on),
  status TEXT NOT NULL,
  evaluations_per_year INTEGER NOT NULL CHECK (evaluations_per_year BETWEEN 1 AND 12),
  next_evaluation_on TEXT,
  ended_on TEXT,
  end_reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE partnership_partners (
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL REFERENCES directory_entries (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  stage TEXT NOT NULL,
  PRIMARY KEY (partnership_id, entry_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX partnership_partners_by_entry ON partnership_partners (entry_id);

CREATE TABLE partnership_cases (
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  PRIMARY KEY (partnership_id, case_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX partnership_cases_by_case ON partnership_cases (case_id);

CREATE TABLE partnership_steps (
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 19),
  done INTEGER NOT NULL CHECK (done IN (0, 1)),
  done_on TEXT,
  comment TEXT NOT NULL,
  PRIMARY KEY (partnership_id, step)
) STRICT, WITHOUT ROWID;

CREATE TABLE evaluations (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  partnership_id TEXT NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  attendees TEXT NOT NULL CHECK (json_type(attendees) = 'object'),
  ratings TEXT NOT NULL CHECK (json_type(ratings) = 'array'),
  decision TEXT NOT NULL,
  notes TEXT NOT NULL,
  next_on TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX evaluations_by_partnership ON evaluations (partnership_id, held_on);
`;

export const migration005: Migration = {
  version: 5,
  name: 'address book and partnerships',
  up: (db) => {
    db.exec(SQL);
  },
};
