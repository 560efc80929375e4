// Snapshots, their meeting notes and the case's next review date. Insert and read only: the
// tables' triggers refuse any change (migration 4), so this repository offers none.
import type { MapData } from '../../shared/model';
import type { SnapshotNote, SnapshotSummary } from '../../shared/snapshots/schemas';
import type { Db } from '../sqlite';

export type SnapshotRow = Omit<SnapshotSummary, 'noteCount'> & { data: MapData };

const SUMMARY = `SELECT s.id, s.case_id AS caseId, s.label, s.taken_on AS takenOn,
  s.created_at AS createdAt, s.actor_count AS actorCount, s.tie_count AS tieCount,
  (SELECT count(*) FROM meeting_notes n WHERE n.snapshot_id = s.id) AS noteCount
  FROM snapshots s`;

const NOTE_COLUMNS = `id, snapshot_id AS snapshotId, author, text, created_at AS createdAt`;

export function snapshotsRepository(db: Db) {
  const insertRow = db.prepare<Omit<SnapshotRow, 'data'> & { data: string }>(
    `INSERT INTO snapshots (id, case_id, label, taken_on, created_at, actor_count, tie_count, data)
     VALUES (@id, @caseId, @label, @takenOn, @createdAt, @actorCount, @tieCount, @data)`,
  );
  const summaryById = db.prepare<[string], SnapshotSummary>(`${SUMMARY} WHERE s.id = ?`);
  const summariesByCase = db.prepare<[string], SnapshotSummary>(
    `${SUMMARY} WHERE s.case_id = ? ORDER BY s.taken_on, s.seq`,
  );
  const dataById = db.prepare<[string], string>('SELECT data FROM snapshots WHERE id = ?').pluck();
  const insertNoteRow = db.prepare<SnapshotNote>(
    `INSERT INTO meeting_notes (id, snapshot_id, author, text, created_at)
     VALUES (@id, @snapshotId, @author, @text, @createdAt)`,
  );
  const notesBySnapshot = db.prepare<[string], SnapshotNote>(
    `SELECT ${NOTE_COLUMNS} FROM meeting_notes WHERE snapshot_id = ? ORDER BY seq`,
  );
  const nextReviewRow = db.prepare<[string], { nextReviewOn: string | null }>(
    'SELECT next_review_on AS nextReviewOn FROM cases WHERE id = ?',
  );
  const setNextReviewRow = db.prepare<[string | null, string]>(
    'UPDATE cases SET next_review_on = ? WHERE id = ?',
  );

  return {
    insert: (row: SnapshotRow): void => {
      insertRow.run({ ...row, data: JSON.stringify(row.data) });
    },
    summary: (id: string): SnapshotSummary | undefined => summaryById.get(id),
    /** Oldest review first; snapshots of the same day in the order they were taken. */
    listByCase: (caseId: string): SnapshotSummary[] => summariesByCase.all(caseId),
    /** The frozen map as stored (JSON text); the handler validates it. */
    dataOf: (id: string): string | undefined => dataById.get(id),
    insertNote: (note: SnapshotNote): void => {
      insertNoteRow.run(note);
    },
    /** Oldest first. */
    notesOf: (snapshotId: string): SnapshotNote[] => notesBySnapshot.all(snapshotId),
    /** YYYY-MM-DD, null when none is planned, undefined when there is no such case. */
    nextReviewOf: (caseId: string): string | null | undefined =>
      nextReviewRow.get(caseId)?.nextReviewOn,
    setNextReview: (caseId: string, day: string | null): void => {
      setNextReviewRow.run(day, caseId);
    },
  };
}

export type SnapshotsRepository = ReturnType<typeof snapshotsRepository>;
