// Migration 6: several ties between the same two actors. Hartman's ecomap draws them all (a
// mother can be both a support and a source of stress), so the one-tie-per-pair index goes.
// The ties of an actor are still found through ties_by_source and ties_by_target.
import type { Migration } from './types';

const SQL = `
DROP INDEX ties_one_per_pair;
`;

export const migration006: Migration = {
  version: 6,
  name: 'parallel ties',
  up: (db) => {
    db.exec(SQL);
  },
};
