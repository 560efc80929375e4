// Helpers for the store's tests and benchmarks (never imported by the app): call operations
// through the real dispatch, and dump every table to prove what a call changed or did not.
import Database from 'better-sqlite3-multiple-ciphers';
import { dispatch, type Input, type Op, type Output, type StoreHandlers } from '../shared/api';
import { MaillageError, type WireResult } from '../shared/errors';
import { applyKey, DATA_KEY_BYTES, type DataKey } from './cipher';

/** Calls an operation as a host would (validation included); throws its typed error. */
export function call<K extends Op>(handlers: StoreHandlers, op: K, input: Input<K>): Output<K> {
  const result = dispatch(handlers, op, input);
  if (!result.ok) {
    const { code, message, fields } = result.error;
    throw new MaillageError(code, message, fields);
  }
  return result.value as Output<K>;
}

/** Sends anything, as a faulty or hostile client could, and returns the wire answer. */
export function send(handlers: StoreHandlers, op: string, input: unknown): WireResult {
  return dispatch(handlers, op, input);
}

export type Dump = { userVersion: number; tables: Record<string, unknown[]> };

/** Every row of every table, in a stable order, read through a separate connection. */
export function dumpDatabase(file: string, key: DataKey | null = null): Dump {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) applyKey(db, key);
    const names = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    const tables: Record<string, unknown[]> = {};
    for (const name of names) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all();
      tables[name] = rows
        .map((row) => JSON.stringify(row))
        .sort()
        .map((text) => JSON.parse(text) as unknown);
    }
    return { userVersion: Number(db.pragma('user_version', { simple: true })), tables };
  } finally {
    db.close();
  }
}

/** A small map: the person at the centre, three actors, three ties, all placed. */
export function seedSmallMap(handlers: StoreHandlers, pseudonym = 'Inès') {
  const summary = call(handlers, 'cases.create', { pseudonym, birthYear: 2009, referent: 'M. B.' });
  const mapId = summary.currentMapId;
  const ego = call(handlers, 'map.load', { caseId: summary.id }).actors[0];
  if (!ego) throw new Error('a new case has the person at the centre');
  const add = (
    name: string,
    sphere: Input<'actors.add'>['sphere'],
    domain: Input<'actors.add'>['domain'],
    x: number,
  ) =>
    call(handlers, 'actors.add', {
      mapId,
      kind: sphere === 'primary' ? 'person' : 'organisation',
      name,
      sphere,
      domain,
      position: { x, y: -x },
    }).actor;
  const mother = add('Mère', 'primary', 'family', 100);
  const club = add('Club de foot', 'formal_secondary', 'sport', 200);
  const school = add('Collège Jean Moulin', 'formal_secondary', 'school', 300);
  const tie = (sourceId: string, targetId: string, closeness: number) =>
    call(handlers, 'ties.add', { mapId, sourceId, targetId, closeness });
  const ties = [tie(ego.id, mother.id, 5), tie(ego.id, club.id, 3), tie(mother.id, school.id, 2)];
  return { caseId: summary.id, mapId, ego, mother, club, school, ties };
}

/** A random data key, as the host's vault makes one. */
export function randomKey(): DataKey {
  return globalThis.crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
}
