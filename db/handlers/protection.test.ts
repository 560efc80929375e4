// Settings, closing a case, the retention proposals and the real erasure of a case.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../index';
import { call, dumpDatabase, randomKey, send, seedSmallMap } from '../testing';
import { addYears } from './protection';

let dir: string;
let file: string;
let store: Store;
let today = '2026-03-10';
const key = randomKey();
beforeEach(() => {
  today = '2026-03-10';
  dir = mkdtempSync(join(tmpdir(), 'maillage-retention-'));
  file = join(dir, 'maillage.sqlite');
  store = openStore(file, { key, clock: () => new Date(`${today}T10:00:00.000Z`) });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const codeOf = (op: string, input: unknown) => {
  const result = send(store.handlers, op, input);
  return result.ok ? 'ok' : result.error.code;
};

describe('settings', () => {
  it('start at 10 minutes of idle time and 3 years of retention, and keep a change', () => {
    expect(call(store.handlers, 'settings.get', {})).toEqual({
      idleLockMinutes: 10,
      retentionYears: 3,
    });
    expect(call(store.handlers, 'settings.set', { idleLockMinutes: 5 })).toEqual({
      idleLockMinutes: 5,
      retentionYears: 3,
    });
    expect(call(store.handlers, 'settings.get', {})).toMatchObject({ idleLockMinutes: 5 });
  });

  it('refuse values out of their limits and change nothing', () => {
    expect(codeOf('settings.set', { idleLockMinutes: 0 })).toBe('invalid_input');
    expect(codeOf('settings.set', { retentionYears: 31 })).toBe('invalid_input');
    expect(codeOf('settings.set', { retentionYears: 2.5 })).toBe('invalid_input');
    expect(codeOf('settings.set', { theme: 'dark' })).toBe('invalid_input');
    expect(call(store.handlers, 'settings.get', {})).toEqual({
      idleLockMinutes: 10,
      retentionYears: 3,
    });
  });
});

describe('closing a case and retention', () => {
  it('proposes a closed case for erasure once the retention period has passed', () => {
    const map = seedSmallMap(store.handlers, 'Inès');
    expect(call(store.handlers, 'retention.list', {})).toEqual([]);
    expect(call(store.handlers, 'cases.close', { id: map.caseId, closedOn: '2023-03-11' })).toEqual(
      {
        caseId: map.caseId,
        pseudonym: 'Inès',
        closedOn: '2023-03-11',
        eraseFrom: '2026-03-11',
        due: false,
      },
    );
    today = '2026-03-11';
    expect(call(store.handlers, 'retention.list', {})).toEqual([
      expect.objectContaining({ caseId: map.caseId, due: true }),
    ]);
    call(store.handlers, 'settings.set', { retentionYears: 5 });
    expect(call(store.handlers, 'retention.list', {})).toEqual([
      expect.objectContaining({ eraseFrom: '2028-03-11', due: false }),
    ]);
  });

  it('reopens a case, and journals closing and reopening', () => {
    const map = seedSmallMap(store.handlers);
    call(store.handlers, 'cases.close', { id: map.caseId, closedOn: '2025-01-01' });
    expect(call(store.handlers, 'cases.close', { id: map.caseId, closedOn: null })).toBeNull();
    expect(call(store.handlers, 'retention.list', {})).toEqual([]);
    const actions = call(store.handlers, 'audit.list', { caseId: map.caseId }).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['close', 'reopen']);
  });

  it('refuses a closing date in the future, a bad date or an unknown case', () => {
    const map = seedSmallMap(store.handlers);
    expect(codeOf('cases.close', { id: map.caseId, closedOn: '2026-03-11' })).toBe('invalid_input');
    expect(codeOf('cases.close', { id: map.caseId, closedOn: '2026-02-30' })).toBe('invalid_input');
    expect(codeOf('cases.close', { id: map.caseId, closedOn: '10/03/2026' })).toBe('invalid_input');
    expect(
      codeOf('cases.close', { id: '12345678-1234-4234-8234-123456789012', closedOn: today }),
    ).toBe('not_found');
    expect(call(store.handlers, 'retention.list', {})).toEqual([]);
  });

  it('counts years from the closing day; 29 February ends on 1 March', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2023-12-31', 3)).toBe('2026-12-31');
  });
});

describe('erasing a case', () => {
  it('refuses an open case', () => {
    const map = seedSmallMap(store.handlers);
    expect(codeOf('cases.erase', { id: map.caseId })).toBe('conflict');
    expect(call(store.handlers, 'cases.list', {})).toHaveLength(1);
  });

  it('removes every row and leaves one audit line without personal data', () => {
    const gone = seedSmallMap(store.handlers, 'Zéphyrine-erase');
    call(store.handlers, 'actors.update', {
      id: gone.mother.id,
      patch: { notes: 'audience chez le juge des enfants' },
    });
    const kept = seedSmallMap(store.handlers, 'Hugo-kept');
    call(store.handlers, 'cases.close', { id: gone.caseId, closedOn: '2022-01-05' });
    expect(call(store.handlers, 'cases.erase', { id: gone.caseId })).toEqual({ erased: true });

    expect(call(store.handlers, 'cases.list', {}).map((c) => c.id)).toEqual([kept.caseId]);
    const lines = call(store.handlers, 'audit.list', { caseId: gone.caseId });
    expect(lines.at(-1)).toMatchObject({ entity: 'case', action: 'erase', caseId: gone.caseId });
    const tables = dumpDatabase(file, key).tables;
    const text = JSON.stringify(tables);
    expect(text).not.toContain('Zéphyrine-erase');
    expect(text).toContain('Hugo-kept');
    expect(tables.actors).toHaveLength(4);
  });

  it('leaves no byte of the erased case in the files (seen without encryption)', () => {
    // Encrypted pages hide the text either way; without a key the bytes on disk are readable,
    // so this shows the rows are physically gone (secure_delete, VACUUM, empty log).
    const plainFile = join(dir, 'plain.sqlite');
    const plain = openStore(plainFile, { clock: () => new Date(`${today}T10:00:00.000Z`) });
    const gone = seedSmallMap(plain.handlers, 'Zéphyrine-erase');
    call(plain.handlers, 'actors.update', {
      id: gone.mother.id,
      patch: { notes: 'audience chez le juge des enfants' },
    });
    seedSmallMap(plain.handlers, 'Hugo-kept');
    call(plain.handlers, 'cases.close', { id: gone.caseId, closedOn: '2022-01-05' });
    call(plain.handlers, 'cases.erase', { id: gone.caseId });
    const onDisk = Buffer.concat(
      [plainFile, `${plainFile}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)),
    );
    expect(onDisk.includes(Buffer.from('Hugo-kept'))).toBe(true);
    for (const text of ['Zéphyrine-erase', 'juge des enfants']) {
      expect({ text, found: onDisk.includes(Buffer.from(text)) }).toEqual({ text, found: false });
    }
    plain.close();
  });
});
