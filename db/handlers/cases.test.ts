import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../index';
import { TEST_NOW, withTempStore } from '../../test/temp-store';
import { call, dumpDatabase, seedSmallMap, send, type Dump } from '../testing';

let file: string;
let store: Store;
withTempStore('maillage-db-', (opened) => ({ store, file } = opened));

const later = (minutes: number) =>
  vi.setSystemTime(new Date(Date.parse(TEST_NOW) + minutes * 60_000));

describe('cases.create', () => {
  it('creates the case, its current map and the person at the centre, placed in the middle', () => {
    const summary = call(store.handlers, 'cases.create', { pseudonym: '  Inès ', birthYear: 2009 });
    expect(summary).toMatchObject({
      pseudonym: 'Inès',
      birthYear: 2009,
      referent: '',
      actorCount: 0,
      tieCount: 0,
      createdAt: '2026-03-02T10:00:00.000Z',
    });
    const data = call(store.handlers, 'map.load', { caseId: summary.id });
    expect(data.map).toMatchObject({ id: summary.currentMapId, kind: 'current' });
    expect(data.actors).toEqual([
      expect.objectContaining({
        isEgo: true,
        name: 'Inès',
        kind: 'person',
        sphere: 'primary',
        domain: 'family',
        placedBy: 'educator',
      }),
    ]);
    expect(data.placements).toEqual([{ actorId: data.actors[0]!.id, x: 0, y: 0 }]);
    expect(data.ties).toEqual([]);
  });

  it('answers a retried creation with the stored case, and refuses the id for another case', () => {
    const id = '0b7f8c3e-5a8d-4c0e-9d1e-2f3a4b5c6d7e';
    const first = call(store.handlers, 'cases.create', { id, pseudonym: 'Inès' });
    later(1);
    expect(call(store.handlers, 'cases.create', { id, pseudonym: 'Inès' })).toEqual(first);
    expect(send(store.handlers, 'cases.create', { id, pseudonym: 'Hugo' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(call(store.handlers, 'cases.list', {})).toHaveLength(1);
  });

  it('has no wished map until one is made', () => {
    const { id } = call(store.handlers, 'cases.create', { pseudonym: 'Inès' });
    expect(send(store.handlers, 'map.load', { caseId: id, kind: 'wished' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('cases.list', () => {
  it('lists the most recently changed case first, counting actors without the ego', () => {
    const first = seedSmallMap(store.handlers, 'Inès');
    later(1);
    const second = call(store.handlers, 'cases.create', { pseudonym: 'Hugo' });
    expect(call(store.handlers, 'cases.list', {}).map((c) => c.pseudonym)).toEqual([
      'Hugo',
      'Inès',
    ]);
    later(2);
    call(store.handlers, 'actors.update', { id: first.club.id, patch: { notes: 'le mercredi' } });
    const list = call(store.handlers, 'cases.list', {});
    expect(list.map((c) => [c.pseudonym, c.actorCount, c.tieCount])).toEqual([
      ['Inès', 3, 3],
      ['Hugo', 0, 0],
    ]);
    expect(list[0]!.updatedAt).toBe('2026-03-02T10:02:00.000Z');
    expect(list[1]!.currentMapId).toBe(second.currentMapId);
  });
});

describe('cases.update', () => {
  it('renames the person at the centre with the case', () => {
    const { caseId, ego } = seedSmallMap(store.handlers, 'Inès');
    later(5);
    const updated = call(store.handlers, 'cases.update', {
      id: caseId,
      patch: { pseudonym: 'I. B.', birthYear: null },
    });
    expect(updated).toMatchObject({ pseudonym: 'I. B.', birthYear: null, referent: 'M. B.' });
    expect(updated.updatedAt).toBe('2026-03-02T10:05:00.000Z');
    const data = call(store.handlers, 'map.load', { caseId });
    expect(data.case).toEqual(updated);
    expect(data.actors.find((a) => a.id === ego.id)).toMatchObject({
      name: 'I. B.',
      updatedAt: updated.updatedAt,
    });
    expect(data.actors.filter((a) => a.name === 'I. B.')).toHaveLength(1);
  });

  it('does not touch the case for a patch that changes nothing', () => {
    const { id } = call(store.handlers, 'cases.create', { pseudonym: 'Inès' });
    later(3);
    expect(
      call(store.handlers, 'cases.update', { id, patch: { pseudonym: 'Inès' } }).updatedAt,
    ).toBe('2026-03-02T10:00:00.000Z');
  });
});

describe('cases.delete', () => {
  function withoutCase(dump: Dump, ids: Set<string>): Dump {
    const belongs = (row: unknown) =>
      Object.values(row as Record<string, unknown>).some(
        (value) => typeof value === 'string' && ids.has(value),
      );
    const tables = Object.fromEntries(
      Object.entries(dump.tables).map(([name, rows]) => [name, rows.filter((r) => !belongs(r))]),
    );
    return { ...dump, tables };
  }

  it('removes every row of the case and nothing else', () => {
    const gone = seedSmallMap(store.handlers, 'Inès');
    const kept = seedSmallMap(store.handlers, 'Hugo');
    const before = dumpDatabase(file);
    const ids = new Set([
      gone.caseId,
      gone.mapId,
      ...[gone.ego, gone.mother, gone.club, gone.school].map((a) => a.id),
      ...gone.ties.map((t) => t.id),
    ]);

    expect(call(store.handlers, 'cases.delete', { id: gone.caseId })).toEqual({ deleted: true });

    const after = dumpDatabase(file);
    // The audit journal keeps its lines (ids and words only) and gains the deletion.
    const journal = (dump: Dump) => dump.tables.audit_log ?? [];
    const data = (dump: Dump) => ({ ...dump, tables: { ...dump.tables, audit_log: [] } });
    expect(data(after)).toEqual(data(withoutCase(before, ids)));
    expect(journal(after)).toHaveLength(journal(before).length + 1);
    expect(journal(after)).toEqual(
      expect.arrayContaining([
        ...journal(before),
        expect.objectContaining({ case_id: gone.caseId, entity: 'case', action: 'delete' }),
      ]),
    );
    const rows = Object.entries(after.tables)
      .filter(([name]) => name !== 'audit_log' && name !== 'settings')
      .flatMap(([, table]) => table).length;
    expect(rows).toBe(1 + 1 + 4 + 3 + 4);
    expect(call(store.handlers, 'map.load', { caseId: kept.caseId }).actors).toHaveLength(4);
    expect(send(store.handlers, 'cases.delete', { id: gone.caseId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('leaves no trace of the deleted case in the files on disk', () => {
    const gone = seedSmallMap(store.handlers, 'Zéphyrine');
    call(store.handlers, 'actors.update', {
      id: gone.mother.id,
      patch: { notes: 'Placement en foyer décidé par le juge des enfants' },
    });
    seedSmallMap(store.handlers, 'Hugo');
    call(store.handlers, 'cases.delete', { id: gone.caseId });

    const onDisk = () =>
      [file, `${file}-wal`]
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path))
        .reduce((all, bytes) => Buffer.concat([all, bytes]), Buffer.alloc(0));
    // The ids stay in the audit journal (random ids, no personal data); names and notes go.
    for (const text of ['Zéphyrine', 'juge des enfants', 'Hugo']) {
      const found = onDisk().includes(Buffer.from(text, 'utf8'));
      expect({ text, found }).toEqual({ text, found: text === 'Hugo' });
    }
  });
});
