// Cases: the young person followed, under a pseudonym. Summaries count the current map only.
import type { CaseRecord, CaseSummary } from '../../shared/model';
import type { Db } from '../sqlite';

const COLUMNS = `c.id, c.pseudonym, c.birth_year AS birthYear, c.referent,
  c.created_at AS createdAt, c.updated_at AS updatedAt`;

const SUMMARY = `SELECT ${COLUMNS}, m.id AS currentMapId,
  (SELECT count(*) FROM actors a WHERE a.map_id = m.id AND a.is_ego = 0) AS actorCount,
  (SELECT count(*) FROM ties t WHERE t.map_id = m.id) AS tieCount
  FROM cases c JOIN maps m ON m.case_id = c.id AND m.kind = 'current'`;

export function casesRepository(db: Db) {
  const byId = db.prepare<[string], CaseRecord>(`SELECT ${COLUMNS} FROM cases c WHERE c.id = ?`);
  const summaryById = db.prepare<[string], CaseSummary>(`${SUMMARY} WHERE c.id = ?`);
  const allSummaries = db.prepare<[], CaseSummary>(
    `${SUMMARY} ORDER BY c.updated_at DESC, c.created_at DESC, c.id`,
  );
  const insertRow = db.prepare<CaseRecord>(
    `INSERT INTO cases (id, pseudonym, birth_year, referent, created_at, updated_at)
     VALUES (@id, @pseudonym, @birthYear, @referent, @createdAt, @updatedAt)`,
  );
  const saveRow = db.prepare<CaseRecord>(
    `UPDATE cases SET pseudonym = @pseudonym, birth_year = @birthYear, referent = @referent,
     updated_at = @updatedAt WHERE id = @id`,
  );
  const touchRow = db.prepare<[string, string]>('UPDATE cases SET updated_at = ? WHERE id = ?');
  const deleteRow = db.prepare<[string]>('DELETE FROM cases WHERE id = ?');
  const closedOnRow = db.prepare<[string], { closedOn: string | null }>(
    'SELECT closed_on AS closedOn FROM cases WHERE id = ?',
  );
  const setClosedOnRow = db.prepare<[string | null, string, string]>(
    'UPDATE cases SET closed_on = ?, updated_at = ? WHERE id = ?',
  );
  const closedRows = db.prepare<[], { caseId: string; pseudonym: string; closedOn: string }>(
    `SELECT id AS caseId, pseudonym, closed_on AS closedOn FROM cases
     WHERE closed_on IS NOT NULL ORDER BY closed_on, id`,
  );

  return {
    get: (id: string): CaseRecord | undefined => byId.get(id),
    summary: (id: string): CaseSummary | undefined => summaryById.get(id),
    /** Most recently changed first. */
    listSummaries: (): CaseSummary[] => allSummaries.all(),
    insert: (record: CaseRecord): void => {
      insertRow.run(record);
    },
    save: (record: CaseRecord): void => {
      saveRow.run(record);
    },
    touch: (id: string, at: string): void => {
      touchRow.run(at, id);
    },
    /** The day the case was closed (YYYY-MM-DD), null while open, undefined if no such case. */
    closedOn: (id: string): string | null | undefined => closedOnRow.get(id)?.closedOn,
    setClosedOn: (id: string, closedOn: string | null, at: string): void => {
      setClosedOnRow.run(closedOn, at, id);
    },
    /** The closed cases, the longest closed first. */
    listClosed: () => closedRows.all(),
    /** Removes the case and, by cascade, its maps, actors, ties and placements. */
    delete: (id: string): boolean => deleteRow.run(id).changes > 0,
  };
}

export type CasesRepository = ReturnType<typeof casesRepository>;
