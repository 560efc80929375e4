// Encryption at rest: with a data key, nothing readable reaches the files on disk (the database,
// its write-ahead log, a VACUUM INTO copy), the file opens with that key only, and a damaged
// file is refused at open and left as it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MaillageError } from '../shared/errors';
import { isIntactDatabase, LATEST_SCHEMA_VERSION, openStore, readSchemaVersion } from './index';
import { call, dumpDatabase, randomKey, seedSmallMap } from './testing';

const dirs: string[] = [];
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'maillage-cipher-'));
  dirs.push(dir);
  return join(dir, 'maillage.sqlite');
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const MARKERS = ['Zéphyrine-7QX', 'Éducatrice PJJ Marseille-9KD', 'placement en foyer 4TW'];
const bytesOf = (...files: string[]) =>
  Buffer.concat(files.filter((f) => existsSync(f)).map((f) => readFileSync(f)));
const leaks = (bytes: Buffer) =>
  MARKERS.filter((marker) => bytes.includes(Buffer.from(marker, 'utf8')));
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function codeOf(open: () => unknown): string {
  try {
    open();
  } catch (error) {
    if (error instanceof MaillageError) return error.code;
    throw error;
  }
  return 'opened';
}

function seedMarkers(file: string, key: Uint8Array) {
  const store = openStore(file, { key });
  const map = seedSmallMap(store.handlers, MARKERS[0]);
  call(store.handlers, 'actors.update', {
    id: map.mother.id,
    patch: { roleLabel: MARKERS[1], notes: MARKERS[2] },
  });
  return { store, map };
}

describe('encryption at rest', () => {
  it('writes no readable text to the database or its write-ahead log', () => {
    const file = tempFile();
    const { store } = seedMarkers(file, randomKey());
    // Before the checkpoint the edits sit in the WAL; after it, in the main file.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(leaks(bytesOf(file, `${file}-wal`, `${file}-shm`))).toEqual([]);
    store.checkpoint();
    expect(leaks(bytesOf(file, `${file}-wal`, `${file}-shm`))).toEqual([]);
    store.close();
    expect(readFileSync(file).subarray(0, 16).toString('latin1')).not.toMatch(/^SQLite format/);
  });

  it('the same edits without a key are readable on disk (the check can fail)', () => {
    const file = tempFile();
    const store = openStore(file);
    const map = seedSmallMap(store.handlers, MARKERS[0]);
    call(store.handlers, 'actors.update', { id: map.mother.id, patch: { notes: MARKERS[2] } });
    store.checkpoint();
    store.close();
    expect(leaks(bytesOf(file))).toEqual([MARKERS[0], MARKERS[2]]);
  });

  it('opens with its key only, and another key changes nothing in the file', () => {
    const file = tempFile();
    const key = randomKey();
    const { store, map } = seedMarkers(file, key);
    store.close();
    const before = sha(file);
    expect(codeOf(() => openStore(file, { key: randomKey() }))).toBe('db_corrupt');
    expect(codeOf(() => openStore(file))).toBe('db_unavailable');
    expect(sha(file)).toBe(before);
    const again = openStore(file, { key });
    expect(call(again.handlers, 'map.load', { caseId: map.caseId }).case.pseudonym).toBe(
      MARKERS[0],
    );
    again.close();
    expect(readSchemaVersion(file, key)).toBe(LATEST_SCHEMA_VERSION);
  });

  it('copies itself encrypted with VACUUM INTO, and the copy passes integrity_check', () => {
    const file = tempFile();
    const key = randomKey();
    const { store, map } = seedMarkers(file, key);
    const copy = `${file}.copy`;
    store.copyTo(copy);
    expect(leaks(bytesOf(copy))).toEqual([]);
    expect(isIntactDatabase(copy, key)).toBe(true);
    expect(isIntactDatabase(copy, randomKey())).toBe(false);
    expect(isIntactDatabase(copy, null)).toBe(false);
    const tables = dumpDatabase(copy, key).tables;
    expect(tables.cases).toEqual([expect.objectContaining({ id: map.caseId })]);
    store.close();
  });

  it('refuses a damaged file at open with db_corrupt and leaves it byte for byte', () => {
    const file = tempFile();
    const key = randomKey();
    const { store } = seedMarkers(file, key);
    for (let i = 0; i < 30; i++) seedSmallMap(store.handlers, `Case ${i}`);
    store.checkpoint();
    store.close();
    const bytes = readFileSync(file);
    // Scribble over one page in the middle of the file (4096-byte pages).
    const page = Math.floor(bytes.length / 4096 / 2);
    bytes.fill(0x5a, page * 4096 + 100, page * 4096 + 400);
    writeFileSync(file, bytes);
    const before = sha(file);
    expect(codeOf(() => openStore(file, { key }))).toBe('db_corrupt');
    expect(sha(file)).toBe(before);
    expect(isIntactDatabase(file, key)).toBe(false);
  });

  it('refuses a key that is not 32 bytes', () => {
    const file = tempFile();
    expect(() => openStore(file, { key: new Uint8Array(16) })).toThrow(RangeError);
  });
});
