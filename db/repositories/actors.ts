// Actors: the people and organisations of a map, the person at the centre (ego) among them.
import type { Actor } from '../../shared/model';
import type { Db } from '../sqlite';

type ActorRow = Omit<Actor, 'isEgo'> & { isEgo: number };

const COLUMNS = `id, map_id AS mapId, is_ego AS isEgo, kind, name, role_label AS roleLabel,
  sphere, domain, notes, placed_by AS placedBy, created_at AS createdAt, updated_at AS updatedAt`;

const fromRow = (row: ActorRow): Actor => ({ ...row, isEgo: row.isEgo === 1 });
const toRow = (actor: Actor): ActorRow => ({ ...actor, isEgo: actor.isEgo ? 1 : 0 });

export function actorsRepository(db: Db) {
  const byId = db.prepare<[string], ActorRow>(`SELECT ${COLUMNS} FROM actors WHERE id = ?`);
  const byMap = db.prepare<[string], ActorRow>(
    `SELECT ${COLUMNS} FROM actors WHERE map_id = ? ORDER BY seq`,
  );
  const insertRow = db.prepare<ActorRow>(
    `INSERT INTO actors (id, map_id, is_ego, kind, name, role_label, sphere, domain, notes,
       placed_by, created_at, updated_at)
     VALUES (@id, @mapId, @isEgo, @kind, @name, @roleLabel, @sphere, @domain, @notes,
       @placedBy, @createdAt, @updatedAt)`,
  );
  // The map, the ego flag and the creation time never change after insertion.
  const saveRow = db.prepare<ActorRow>(
    `UPDATE actors SET kind = @kind, name = @name, role_label = @roleLabel, sphere = @sphere,
       domain = @domain, notes = @notes, placed_by = @placedBy, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const renameEgoRows = db.prepare<[string, string, string]>(
    `UPDATE actors SET name = ?, updated_at = ?
     WHERE is_ego = 1 AND map_id IN (SELECT id FROM maps WHERE case_id = ?)`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM actors WHERE id = ?');

  return {
    get: (id: string): Actor | undefined => {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    /** In creation order. */
    listByMap: (mapId: string): Actor[] => byMap.all(mapId).map(fromRow),
    insert: (actor: Actor): void => {
      insertRow.run(toRow(actor));
    },
    save: (actor: Actor): void => {
      saveRow.run(toRow(actor));
    },
    renameEgosOfCase: (caseId: string, name: string, at: string): void => {
      renameEgoRows.run(name, at, caseId);
    },
    /** Removes the actor and, by cascade, its ties and placement. */
    remove: (id: string): boolean => deleteRow.run(id).changes > 0,
  };
}

export type ActorsRepository = ReturnType<typeof actorsRepository>;
