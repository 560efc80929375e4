// Migration 2: the audit journal. Every change the store makes appends lines here, in the same
// transaction as the change: when, which case, which entity, which action, which local user
// profile. Ids and words only, never a name or a note, so the journal may outlive the data it
// describes (an erased case leaves its lines). Triggers refuse any UPDATE or DELETE: the journal
// is append-only for every connection, including the app's own.
// No foreign key to cases: the lines of an erased case must stay.
import type { Migration } from './types';

const SQL = `
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  case_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT,
  action TEXT NOT NULL,
  profile TEXT NOT NULL
) STRICT;
CREATE INDEX audit_log_by_case ON audit_log (case_id, seq);

CREATE TRIGGER audit_log_refuses_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'The audit journal is append-only');
END;
CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'The audit journal is append-only');
END;
`;

export const migration002: Migration = {
  version: 2,
  name: 'audit journal',
  up: (db) => {
    db.exec(SQL);
  },
};
