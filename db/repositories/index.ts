// The repositories: one per table, each a set of operations over prepared statements.
// Nothing outside db/repositories/ writes SQL for the data, the journal or the settings.
import type { Db } from '../sqlite';
import { actorsRepository } from './actors';
import { auditRepository } from './audit';
import { casesRepository } from './cases';
import { directoryRepository } from './directory';
import { mapsRepository } from './maps';
import { partnershipsRepository } from './partnerships';
import { placementsRepository } from './placements';
import { settingsRepository } from './settings';
import { snapshotsRepository } from './snapshots';
import { tiesRepository } from './ties';

export function createRepositories(db: Db) {
  return {
    cases: casesRepository(db),
    maps: mapsRepository(db),
    actors: actorsRepository(db),
    ties: tiesRepository(db),
    placements: placementsRepository(db),
    audit: auditRepository(db),
    settings: settingsRepository(db),
    directory: directoryRepository(db),
    partnerships: partnershipsRepository(db),
    snapshots: snapshotsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
