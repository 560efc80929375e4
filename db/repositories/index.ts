// The repositories: one per table, each a set of operations over prepared statements.
// Nothing outside db/repositories/ writes SQL for cases, maps, actors, ties or placements.
import type { Db } from '../sqlite';
import { actorsRepository } from './actors';
import { casesRepository } from './cases';
import { mapsRepository } from './maps';
import { placementsRepository } from './placements';
import { tiesRepository } from './ties';

export function createRepositories(db: Db) {
  return {
    cases: casesRepository(db),
    maps: mapsRepository(db),
    actors: actorsRepository(db),
    ties: tiesRepository(db),
    placements: placementsRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
