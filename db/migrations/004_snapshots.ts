// Migration 4: reviews over time (issue 6). A snapshot freezes a case's current map (the MapData
// JSON, validated again on every read) under a label and the date of the review; meeting notes
// hang off a snapshot; a case may carry the date of its next review.
// Snapshots and notes are immutable for every connection, the app's own included: triggers refuse
// any UPDATE, and any DELETE while the owner still exists. Deleting (or erasing) the case is the
// one sanctioned way to remove them: the cascade deletes the case row first, so by the time the
// snapshot's trigger runs its case is gone and the delete goes through (a test checks both).
import type { Migration } from './types';

const SQL = `
ALTER TABLE cases ADD COLUMN next_review_on TEXT;

CREATE TABLE snapshots (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  case_id TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  taken_on TEXT NOT NULL,
  created_at TEXT NOT NULL,
  actor_count INTEGER NOT NULL CHECK (actor_count >= 0),
  tie_count INTEGER NOT NULL CHECK (tie_count >= 0),
  data TEXT NOT NULL CHECK (json_type(data) = 'object')
) STRICT;
CREATE INDEX snapshots_by_case ON snapshots (case_id, taken_on, seq);

CREATE TRIGGER snapshots_refuse_update BEFORE UPDATE ON snapshots
BEGIN
  SELECT RAISE(ABORT, 'A snapshot cannot be changed');
END;
CREATE TRIGGER snapshots_refuse_delete BEFORE DELETE ON snapshots
WHEN EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id)
BEGIN
  SELECT RAISE(ABORT, 'A snapshot is deleted only with its case');
END;

CREATE TABLE meeting_notes (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  snapshot_id TEXT NOT NULL REFERENCES snapshots (id) ON DELETE CASCADE,
  author TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX meeting_notes_by_snapshot ON meeting_notes (snapshot_id, seq);

CREATE TRIGGER meeting_notes_refuse_update BEFORE UPDATE ON meeting_notes
BEGIN
  SELECT RAISE(ABORT, 'A meeting note cannot be changed');
END;
CREATE TRIGGER meeting_notes_refuse_delete BEFORE DELETE ON meeting_notes
WHEN EXISTS (SELECT 1 FROM snapshots WHERE id = OLD.snapshot_id)
BEGIN
  SELECT RAISE(ABORT, 'A meeting note is deleted only with its case');
END;
`;

export const migration004: Migration = {
  version: 4,
  name: 'snapshots and meeting notes',
  up: (db) => {
    db.exec(SQL);
  },
};
