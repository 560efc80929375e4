// What must hold in any database the store wrote, whatever calls it received: SQLite's own
// integrity, the references, and the model's invariants (one person at the centre per map named
// after the case, ties within a map, every case with its current map, a journal that only grows
// and holds no name). Two actors may share several ties since migration 6.
import { applyKey } from '../../db/cipher';
import { SqliteDriver } from '../../db/sqlite';

export type Snapshot = { auditLines: number; caseIds: string[]; mapIds: string[] };

export function checkInvariants(file: string, key: Buffer | null, previousAudit = 0): Snapshot {
  const db = new SqliteDriver(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyKey(db, key);
    const one = (sql: string) => db.prepare(sql).pluck().get();
    const all = (sql: string) => db.prepare(sql).all();
    const problems: string[] = [];
    const expectNone = (what: string, sql: string) => {
      const rows = all(sql);
      if (rows.length > 0) problems.push(`${what}: ${JSON.stringify(rows.slice(0, 3))}`);
    };
    if (one('PRAGMA integrity_check') !== 'ok') problems.push('integrity_check failed');
    expectNone('broken references', 'PRAGMA foreign_key_check');
    expectNone(
      'maps without exactly one person at the centre',
      `SELECT m.id, (SELECT count(*) FROM actors a WHERE a.map_id = m.id AND a.is_ego = 1) AS egos
       FROM maps m WHERE egos <> 1`,
    );
    expectNone(
      'a person at the centre not named after the case',
      `SELECT a.id FROM actors a JOIN maps m ON m.id = a.map_id JOIN cases c ON c.id = m.case_id
       WHERE a.is_ego = 1 AND a.name <> c.pseudonym`,
    );
    expectNone(
      'cases without a current map',
      `SELECT c.id FROM cases c WHERE NOT EXISTS
         (SELECT 1 FROM maps m WHERE m.case_id = c.id AND m.kind = 'current')`,
    );
    expectNone('a tie from an actor to itself', 'SELECT id FROM ties WHERE source_id = target_id');
    expectNone(
      'placements of actors that are gone',
      'SELECT actor_id FROM placements WHERE actor_id NOT IN (SELECT id FROM actors)',
    );
    expectNone(
      'names in the journal',
      `SELECT l.seq FROM audit_log l, actors a
       WHERE length(a.name) > 3 AND (instr(l.entity_id, a.name) > 0 OR instr(l.action, a.name) > 0)`,
    );
    const auditLines = Number(one('SELECT count(*) FROM audit_log'));
    if (auditLines < previousAudit) problems.push('the journal lost lines');
    const settings = all('SELECT * FROM settings');
    if (settings.length !== 1) problems.push('the settings row is missing or doubled');
    if (problems.length > 0) throw new Error(`Invariants broken:\n${problems.join('\n')}`);
    return {
      auditLines,
      caseIds: db.prepare('SELECT id FROM cases').pluck().all() as string[],
      mapIds: db.prepare('SELECT id FROM maps').pluck().all() as string[],
    };
  } finally {
    db.close();
  }
}

/** The ids a call may refer to, read from the file as it is now. */
export function idsIn(file: string, key: Buffer | null) {
  const db = new SqliteDriver(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyKey(db, key);
    const ids = (sql: string) => db.prepare(sql).pluck().all() as string[];
    return {
      cases: ids('SELECT id FROM cases ORDER BY id'),
      maps: ids('SELECT id FROM maps ORDER BY id'),
      actors: ids('SELECT id FROM actors ORDER BY seq'),
      egos: ids('SELECT id FROM actors WHERE is_ego = 1 ORDER BY seq'),
      ties: ids('SELECT id FROM ties ORDER BY seq'),
    };
  } finally {
    db.close();
  }
}
export type Ids = ReturnType<typeof idsIn>;
