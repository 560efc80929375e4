// Ties: lines between two actors of the same map (several per pair since migration 6), with
// Hartman's and Tracy and Whittaker's qualities. Support sets are JSON arrays (see migration 1).
import { SUPPORT_TYPES, type Tie } from '../../shared/model';
import type { Db } from '../sqlite';

type SupportType = Tie['supportForward'][number];

type TieRow = Omit<Tie, 'supportForward' | 'supportBackward'> & {
  supportForward: string;
  supportBackward: string;
};

const COLUMNS = `id, map_id AS mapId, source_id AS sourceId, target_id AS targetId, closeness,
  valence, support_forward AS supportForward, support_backward AS supportBackward, frequency,
  known_since_year AS knownSinceYear, critical, notes, created_at AS createdAt,
  updated_at AS updatedAt`;

/** Keeps only known types, in the model's order, whatever the stored text holds. */
function parseSupport(text: string): SupportType[] {
  const stored: unknown = JSON.parse(text);
  return Array.isArray(stored) ? SUPPORT_TYPES.filter((type) => stored.includes(type)) : [];
}

const fromRow = (row: TieRow): Tie => ({
  ...row,
  supportForward: parseSupport(row.supportForward),
  supportBackward: parseSupport(row.supportBackward),
});

const toRow = (tie: Tie): TieRow => ({
  ...tie,
  supportForward: JSON.stringify(SUPPORT_TYPES.filter((t) => tie.supportForward.includes(t))),
  supportBackward: JSON.stringify(SUPPORT_TYPES.filter((t) => tie.supportBackward.includes(t))),
});

export function tiesRepository(db: Db) {
  const byId = db.prepare<[string], TieRow>(`SELECT ${COLUMNS} FROM ties WHERE id = ?`);
  const byMap = db.prepare<[string], TieRow>(
    `SELECT ${COLUMNS} FROM ties WHERE map_id = ? ORDER BY seq`,
  );
  const idsOfActor = db.prepare<[string, string, string], string>(
    `SELECT id FROM ties WHERE map_id = ? AND (source_id = ? OR target_id = ?) ORDER BY seq`,
  );
  idsOfActor.pluck();
  const insertRow = db.prepare<TieRow>(
    `INSERT INTO ties (id, map_id, source_id, target_id, closeness, valence, support_forward,
       support_backward, frequency, known_since_year, critical, notes, created_at, updated_at)
     VALUES (@id, @mapId, @sourceId, @targetId, @closeness, @valence, @supportForward,
       @supportBackward, @frequency, @knownSinceYear, @critical, @notes, @createdAt, @updatedAt)`,
  );
  const saveRow = db.prepare<TieRow>(
    `UPDATE ties SET source_id = @sourceId, target_id = @targetId, closeness = @closeness,
       valence = @valence, support_forward = @supportForward,
       support_backward = @supportBackward, frequency = @frequency,
       known_since_year = @knownSinceYear, critical = @critical, notes = @notes,
       updated_at = @updatedAt
     WHERE id = @id`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM ties WHERE id = ?');

  return {
    get: (id: string): Tie | undefined => {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    /** In creation order. */
    listByMap: (mapId: string): Tie[] => byMap.all(mapId).map(fromRow),
    /** The ties with this actor at either end, in creation order. */
    idsOfActor: (mapId: string, actorId: string): string[] =>
      idsOfActor.all(mapId, actorId, actorId),
    insert: (tie: Tie): void => {
      insertRow.run(toRow(tie));
    },
    save: (tie: Tie): void => {
      saveRow.run(toRow(tie));
    },
    remove: (id: string): boolean => deleteRow.run(id).changes > 0,
  };
}

export type TiesRepository = ReturnType<typeof tiesRepository>;
