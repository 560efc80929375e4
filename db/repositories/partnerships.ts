// Partnerships and what hangs on them: partners (address-book entries), cases, Dhume's steps
// and evaluations. JSON documents (objectives, principles, formalisation, attendees, ratings)
// are read and written whole.
import type {
  Attendees,
  Evaluation,
  Formalisation,
  Objective,
  ObjectiveRating,
  PartnerRef,
  PartnershipStatus,
  Principles,
  StepRecord,
} from '../../shared/partnerships/model';
import type { Db } from '../sqlite';

/** A partnership's own row (partners, cases, steps and evaluations live in other tables). */
export type PartnershipRecord = {
  id: string;
  title: string;
  need: string;
  objectives: Objective[];
  principles: Principles;
  formalisation: Formalisation;
  startOn: string;
  plannedEndOn: string | null;
  status: PartnershipStatus;
  evaluationsPerYear: number;
  nextEvaluationOn: string | null;
  endedOn: string | null;
  endReason: string;
  createdAt: string;
  updatedAt: string;
};

type JsonKeys = 'objectives' | 'principles' | 'formalisation';
type PartnershipRow = Omit<PartnershipRecord, JsonKeys> & Record<JsonKeys, string>;

const COLUMNS = `id, title, need, objectives, principles, formalisation, start_on AS startOn,
  planned_end_on AS plannedEndOn, status, evaluations_per_year AS evaluationsPerYear,
  next_evaluation_on AS nextEvaluationOn, ended_on AS endedOn, end_reason AS endReason,
  created_at AS createdAt, updated_at AS updatedAt`;

const fromRow = (row: PartnershipRow): PartnershipRecord => ({
  ...row,
  objectives: JSON.parse(row.objectives) as Objective[],
  principles: JSON.parse(row.principles) as Principles,
  formalisation: JSON.parse(row.formalisation) as Formalisation,
});
const toRow = (record: PartnershipRecord): PartnershipRow => ({
  ...record,
  objectives: JSON.stringify(record.objectives),
  principles: JSON.stringify(record.principles),
  formalisation: JSON.stringify(record.formalisation),
});

type EvaluationRow = Omit<Evaluation, 'attendees' | 'ratings'> & {
  attendees: string;
  ratings: string;
};
const EVALUATION_COLUMNS = `id, partnership_id AS partnershipId, held_on AS heldOn, attendees,
  ratings, decision, notes, next_on AS nextOn, created_at AS createdAt`;

export type PartnerCount = {
  partnershipId: string;
  partners: number;
  cases: number;
  steps: number;
};

export function partnershipsRepository(db: Db) {
  const all = db.prepare<[], PartnershipRow>(
    `SELECT ${COLUMNS} FROM partnerships ORDER BY start_on DESC, seq DESC`,
  );
  const byId = db.prepare<[string], PartnershipRow>(
    `SELECT ${COLUMNS} FROM partnerships WHERE id = ?`,
  );
  const insertRow = db.prepare<PartnershipRow>(
    `INSERT INTO partnerships (id, title, need, objectives, principles, formalisation, start_on,
       planned_end_on, status, evaluations_per_year, next_evaluation_on, ended_on, end_reason,
       created_at, updated_at)
     VALUES (@id, @title, @need, @objectives, @principles, @formalisation, @startOn,
       @plannedEndOn, @status, @evaluationsPerYear, @nextEvaluationOn, @endedOn, @endReason,
       @createdAt, @updatedAt)`,
  );
  const saveRow = db.prepare<PartnershipRow>(
    `UPDATE partnerships SET title = @title, need = @need, objectives = @objectives,
       principles = @principles, formalisation = @formalisation, start_on = @startOn,
       planned_end_on = @plannedEndOn, status = @status,
       evaluations_per_year = @evaluationsPerYear, next_evaluation_on = @nextEvaluationOn,
       ended_on = @endedOn, end_reason = @endReason, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const deleteRow = db.prepare<[string]>('DELETE FROM partnerships WHERE id = ?');
  const partnersOf = db.prepare<[string], PartnerRef>(
    `SELECT entry_id AS entryId, role, stage FROM partnership_partners
     WHERE partnership_id = ? ORDER BY position`,
  );
  const clearPartners = db.prepare<[string]>(
    'DELETE FROM partnership_partners WHERE partnership_id = ?',
  );
  const addPartner = db.prepare<[string, string, number, string, string]>(
    `INSERT INTO partnership_partners (partnership_id, entry_id, position, role, stage)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const casesOf = db.prepare<[string], { caseId: string; pseudonym: string }>(
    `SELECT c.id AS caseId, c.pseudonym FROM partnership_cases pc
     JOIN cases c ON c.id = pc.case_id WHERE pc.partnership_id = ? ORDER BY pc.position`,
  );
  const clearCases = db.prepare<[string]>('DELETE FROM partnership_cases WHERE partnership_id = ?');
  const addCase = db.prepare<[string, string, number]>(
    'INSERT INTO partnership_cases (partnership_id, case_id, position) VALUES (?, ?, ?)',
  );
  const stepsOf = db.prepare<[string], Omit<StepRecord, 'done'> & { done: number }>(
    `SELECT step, done, done_on AS doneOn, comment FROM partnership_steps
     WHERE partnership_id = ? ORDER BY step`,
  );
  const setStepRow = db.prepare<[string, number, number, string | null, string]>(
    `INSERT INTO partnership_steps (partnership_id, step, done, done_on, comment)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (partnership_id, step)
     DO UPDATE SET done = excluded.done, done_on = excluded.done_on, comment = excluded.comment`,
  );
  const evaluationsOf = db.prepare<[string], EvaluationRow>(
    `SELECT ${EVALUATION_COLUMNS} FROM evaluations WHERE partnership_id = ?
     ORDER BY held_on DESC, seq DESC`,
  );
  const evaluationById = db.prepare<[string], EvaluationRow>(
    `SELECT ${EVALUATION_COLUMNS} FROM evaluations WHERE id = ?`,
  );
  const insertEvaluation = db.prepare<EvaluationRow>(
    `INSERT INTO evaluations (id, partnership_id, held_on, attendees, ratings, decision, notes,
       next_on, created_at)
     VALUES (@id, @partnershipId, @heldOn, @attendees, @ratings, @decision, @notes, @nextOn,
       @createdAt)`,
  );
  const countRows = db.prepare<[], PartnerCount>(
    `SELECT p.id AS partnershipId,
       (SELECT count(*) FROM partnership_partners x WHERE x.partnership_id = p.id) AS partners,
       (SELECT count(*) FROM partnership_cases x WHERE x.partnership_id = p.id) AS cases,
       (SELECT count(*) FROM partnership_steps x WHERE x.partnership_id = p.id AND x.done = 1)
         AS steps
     FROM partnerships p`,
  );
  const ofEntry = db.prepare<[string], { id: string; role: string }>(
    `SELECT p.id, x.role FROM partnership_partners x JOIN partnerships p ON p.id = x.partnership_id
     WHERE x.entry_id = ? ORDER BY p.start_on DESC, p.seq DESC`,
  );
  const ofCase = db.prepare<[string], { id: string }>(
    'SELECT partnership_id AS id FROM partnership_cases WHERE case_id = ?',
  );
  const removeEntryRows = db.prepare<[string]>(
    'DELETE FROM partnership_partners WHERE entry_id = ?',
  );
  const evaluationsWithPartner = db.prepare<[string], EvaluationRow>(
    `SELECT ${EVALUATION_COLUMNS} FROM evaluations
     WHERE EXISTS (SELECT 1 FROM json_each(json_extract(attendees, '$.partnerEntryIds')) j
       WHERE j.value = ?)`,
  );
  const setAttendees = db.prepare<[string, string]>(
    'UPDATE evaluations SET attendees = ? WHERE id = ?',
  );

  const evaluationFromRow = (row: EvaluationRow): Evaluation => ({
    ...row,
    attendees: JSON.parse(row.attendees) as Attendees,
    ratings: JSON.parse(row.ratings) as ObjectiveRating[],
  });

  return {
    /** The newest start first. */
    list: (): PartnershipRecord[] => all.all().map(fromRow),
    get: (id: string): PartnershipRecord | undefined => {
      const row = byId.get(id);
      return row && fromRow(row);
    },
    insert: (record: PartnershipRecord): void => {
      insertRow.run(toRow(record));
    },
    save: (record: PartnershipRecord): void => {
      saveRow.run(toRow(record));
    },
    /**
     * Deletes the partnership; its partners' rows, case links, steps and evaluations go with it
     * (ON DELETE CASCADE), never the address book's entries nor the cases. False if unknown.
     */
    delete: (id: string): boolean => deleteRow.run(id).changes > 0,
    partners: (id: string): PartnerRef[] => partnersOf.all(id),
    setPartners: (id: string, partners: readonly PartnerRef[]): void => {
      clearPartners.run(id);
      partners.forEach((p, i) => addPartner.run(id, p.entryId, i, p.role, p.stage));
    },
    cases: (id: string) => casesOf.all(id),
    setCases: (id: string, caseIds: readonly string[]): void => {
      clearCases.run(id);
      caseIds.forEach((caseId, i) => addCase.run(id, caseId, i));
    },
    steps: (id: string): StepRecord[] =>
      stepsOf.all(id).map((row) => ({ ...row, done: row.done === 1 })),
    setStep: (id: string, record: StepRecord): void => {
      setStepRow.run(id, record.step, record.done ? 1 : 0, record.doneOn, record.comment);
    },
    evaluations: (id: string): Evaluation[] => evaluationsOf.all(id).map(evaluationFromRow),
    evaluation: (id: string): Evaluation | undefined => {
      const row = evaluationById.get(id);
      return row && evaluationFromRow(row);
    },
    addEvaluation: (evaluation: Evaluation): void => {
      insertEvaluation.run({
        ...evaluation,
        attendees: JSON.stringify(evaluation.attendees),
        ratings: JSON.stringify(evaluation.ratings),
      });
    },
    counts: (): Map<string, PartnerCount> =>
      new Map(countRows.all().map((row) => [row.partnershipId, row])),
    /** The partnerships an entry takes part in, with its role; the newest start first. */
    ofEntry: (entryId: string) => ofEntry.all(entryId),
    ofCase: (caseId: string): string[] => ofCase.all(caseId).map((row) => row.id),
    /**
     * Takes an entry out of every partnership and out of the attendees of past evaluations
     * (the evaluation itself stays). Returns how many partnerships it left.
     */
    removeEntry: (entryId: string): number => {
      for (const row of evaluationsWithPartner.all(entryId)) {
        const attendees = JSON.parse(row.attendees) as Attendees;
        attendees.partnerEntryIds = attendees.partnerEntryIds.filter((id) => id !== entryId);
        setAttendees.run(JSON.stringify(attendees), row.id);
      }
      return removeEntryRows.run(entryId).changes;
    },
  };
}

export type PartnershipsRepository = ReturnType<typeof partnershipsRepository>;
