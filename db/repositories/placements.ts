// Placements: where an actor sits on the map. At most one per actor; gone with the actor.
import type { Placement } from '../../shared/model';
import type { Db } from '../sqlite';

export function placementsRepository(db: Db) {
  const byActor = db.prepare<[string], Placement>(
    'SELECT actor_id AS actorId, x, y FROM placements WHERE actor_id = ?',
  );
  const byMap = db.prepare<[string], Placement>(
    `SELECT p.actor_id AS actorId, p.x, p.y FROM placements p
     JOIN actors a ON a.id = p.actor_id WHERE a.map_id = ? ORDER BY a.seq`,
  );
  const upsertRow = db.prepare<Placement>(
    `INSERT INTO placements (actor_id, x, y) VALUES (@actorId, @x, @y)
     ON CONFLICT (actor_id) DO UPDATE SET x = excluded.x, y = excluded.y`,
  );

  return {
    get: (actorId: string): Placement | undefined => byActor.get(actorId),
    /** In the creation order of the actors. */
    listByMap: (mapId: string): Placement[] => byMap.all(mapId),
    set: (placement: Placement): void => {
      upsertRow.run(placement);
    },
  };
}

export type PlacementsRepository = ReturnType<typeof placementsRepository>;
