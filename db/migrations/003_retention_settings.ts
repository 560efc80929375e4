// Migration 3: closing cases and the settings. A case closed on a date is proposed for erasure
// once the retention period (a setting, 3 years by default) has passed. The settings are one
// typed row in the encrypted file: the idle time before the app locks itself and the retention.
import type { Migration } from './types';

const SQL = `
ALTER TABLE cases ADD COLUMN closed_on TEXT;

CREATE TABLE settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  idle_lock_minutes INTEGER NOT NULL CHECK (idle_lock_minutes BETWEEN 1 AND 240),
  retention_years INTEGER NOT NULL CHECK (retention_years BETWEEN 1 AND 30)
) STRICT;
INSERT INTO settings (id, idle_lock_minutes, retention_years) VALUES (1, 10, 3);
`;

export const migration003: Migration = {
  version: 3,
  name: 'case closing and settings',
  up: (db) => {
    db.exec(SQL);
  },
};
