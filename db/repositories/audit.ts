// The audit journal: append and read, nothing else (the table's triggers refuse the rest).
import type { AuditEntry } from '../../shared/api/security';
import type { Db } from '../sqlite';

export type AuditLine = Omit<AuditEntry, 'seq'>;

const COLUMNS = `seq, at, case_id AS caseId, entity, entity_id AS entityId, action, profile`;

export function auditRepository(db: Db) {
  const insertRow = db.prepare<AuditLine>(
    `INSERT INTO audit_log (at, case_id, entity, entity_id, action, profile)
     VALUES (@at, @caseId, @entity, @entityId, @action, @profile)`,
  );
  const byCase = db.prepare<[string], AuditEntry>(
    `SELECT ${COLUMNS} FROM audit_log WHERE case_id = ? ORDER BY seq`,
  );

  return {
    append: (line: AuditLine): void => {
      insertRow.run(line);
    },
    /** Oldest first. */
    listByCase: (caseId: string): AuditEntry[] => byCase.all(caseId),
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;
