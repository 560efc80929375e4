import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MaillageError } from '../shared/errors';
import { LATEST_SCHEMA_VERSION, openStore, readSchemaVersion } from './index';
import { openDatabase } from './connection';
import { call, dumpDatabase, seedSmallMap } from './testing';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-db-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function refusal(open: () => unknown): MaillageError {
  try {
    open();
  } catch (error) {
    if (error instanceof MaillageError) return error;
    throw error;
  }
  throw new Error('the file was opened');
}

describe('opening the database', () => {
  it('creates a migrated file with WAL, synchronous=FULL and foreign keys on', () => {
    const file = join(tempDir(), 'maillage.db');
    const db = openDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      db.close();
    }
    expect(readSchemaVersion(file)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('keeps everything across a close and a reopen', () => {
    const file = join(tempDir(), 'maillage.db');
    const first = openStore(file);
    const { caseId } = seedSmallMap(first.handlers);
    const before = call(first.handlers, 'map.load', { caseId });
    first.close();

    const second = openStore(file);
    expect(call(second.handlers, 'map.load', { caseId })).toEqual(before);
    expect(second.schemaVersion()).toBe(LATEST_SCHEMA_VERSION);
    second.close();
  });

  it('refuses a database from a newer version and leaves it untouched', () => {
    const dir = tempDir();
    const file = join(dir, 'maillage.db');
    const store = openStore(file);
    seedSmallMap(store.handlers);
    store.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const bytes = sha(file);
    const listing = readdirSync(dir);
    const dump = dumpDatabase(file);

    const error = refusal(() => openStore(file));
    expect(error.code).toBe('db_too_new');
    expect(error.message).toMatch(/newer version of Maillage/);
    expect(sha(file)).toBe(bytes);
    expect(readdirSync(dir)).toEqual(listing);
    expect(dumpDatabase(file)).toEqual(dump);
    expect(readSchemaVersion(file)).toBe(LATEST_SCHEMA_VERSION + 1);
  });

  it("refuses another program's SQLite file without writing into it", () => {
    const file = join(tempDir(), 'other.db');
    const raw = new Database(file);
    raw.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')");
    raw.close();
    const bytes = sha(file);

    expect(refusal(() => openStore(file)).code).toBe('db_unavailable');
    expect(sha(file)).toBe(bytes);
  });

  it('refuses a file that is not a database at all', () => {
    const file = join(tempDir(), 'notes.db');
    writeFileSync(file, 'Compte rendu de synthèse, pas une base de données.\n'.repeat(100));
    const bytes = sha(file);

    const error = refusal(() => openStore(file));
    expect(error.code).toBe('db_unavailable');
    expect(error.message).toMatch(/not a Maillage database/);
    expect(sha(file)).toBe(bytes);
  });

  it('reports a folder that does not exist as unavailable', () => {
    const file = join(tempDir(), 'missing', 'maillage.db');
    expect(refusal(() => openStore(file)).code).toBe('db_unavailable');
  });

  it('answers db_unavailable once closed', () => {
    const store = openStore(join(tempDir(), 'maillage.db'));
    store.close();
    store.close();
    expect(() => store.handlers['cases.list']({})).toThrow(
      expect.objectContaining({ code: 'db_unavailable' }),
    );
  });
});
