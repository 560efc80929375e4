// Maps: a case has its current map and, later, "the network I would like" (kind 'wished').
import type { EcoMapRecord } from '../../shared/model';
import type { Db } from '../sqlite';

const COLUMNS = 'id, case_id AS caseId, kind, created_at AS createdAt, updated_at AS updatedAt';

export function mapsRepository(db: Db) {
  const byId = db.prepare<[string], EcoMapRecord>(`SELECT ${COLUMNS} FROM maps WHERE id = ?`);
  const byCase = db.prepare<[string, string], EcoMapRecord>(
    `SELECT ${COLUMNS} FROM maps WHERE case_id = ? AND kind = ?`,
  );
  const insertRow = db.prepare<EcoMapRecord>(
    `INSERT INTO maps (id, case_id, kind, created_at, updated_at)
     VALUES (@id, @caseId, @kind, @createdAt, @updatedAt)`,
  );
  const touchRow = db.prepare<[string, string]>('UPDATE maps SET updated_at = ? WHERE id = ?');
  const touchOfCase = db.prepare<[string, string]>(
    'UPDATE maps SET updated_at = ? WHERE case_id = ?',
  );

  return {
    get: (id: string): EcoMapRecord | undefined => byId.get(id),
    find: (caseId: string, kind: EcoMapRecord['kind']): EcoMapRecord | undefined =>
      byCase.get(caseId, kind),
    insert: (record: EcoMapRecord): void => {
      insertRow.run(record);
    },
    touch: (id: string, at: string): void => {
      touchRow.run(at, id);
    },
    touchAllOfCase: (caseId: string, at: string): void => {
      touchOfCase.run(at, caseId);
    },
  };
}

export type MapsRepository = ReturnType<typeof mapsRepository>;
