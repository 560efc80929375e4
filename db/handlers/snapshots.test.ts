// Snapshots over the real store: taken, listed, read back exactly as the map was; immutable
// through the API and through SQL; kept across a restart and in a backup; gone with their case.
// Meeting notes, the next review date, and a new review started from a snapshot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPS } from '../../shared/api/contract';
import type { MapData } from '../../shared/model';
import { applyKey } from '../cipher';
import { openStore, type Store } from '../index';
import { call, dumpDatabase, randomKey, send, seedSmallMap } from '../testing';

let dir: string;
let file: string;
let store: Store;
let today = '2026-03-12';
const key = randomKey();
const open = () =>
  openStore(file, { key, clock: () => new Date(`${today}T10:00:00.000Z`), profile: 'educ1' });

beforeEach(() => {
  today = '2026-03-12';
  dir = mkdtempSync(join(tmpdir(), 'maillage-snapshots-'));
  file = join(dir, 'maillage.sqlite');
  store = open();
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const codeOf = (op: string, input: unknown) => {
  const result = send(store.handlers, op, input);
  return result.ok ? 'ok' : result.error.code;
};

/** Takes the snapshot "Bilan" of the case today; its id. */
const takeBilan = (caseId: string) =>
  call(store.handlers, 'snapshots.take', { caseId, label: 'Bilan', takenOn: today }).id;

/** The content a user sees, without the bookkeeping times. */
const content = (data: MapData) => ({
  actors: data.actors.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest),
  ties: data.ties.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest),
  placements: data.placements,
});

describe('taking and reading snapshots', () => {
  it('freezes the current map under a label and a date; later edits leave it as it was', () => {
    const seed = seedSmallMap(store.handlers, 'Inès');
    const before = call(store.handlers, 'map.load', { caseId: seed.caseId });
    const taken = call(store.handlers, 'snapshots.take', {
      caseId: seed.caseId,
      label: '  Bilan de mars ',
      takenOn: '2026-03-12',
    });
    expect(taken).toMatchObject({
      caseId: seed.caseId,
      label: 'Bilan de mars',
      takenOn: '2026-03-12',
      actorCount: 3,
      tieCount: 3,
      noteCount: 0,
    });

    call(store.handlers, 'actors.update', { id: seed.mother.id, patch: { name: 'Samia' } });
    call(store.handlers, 'ties.update', { id: seed.ties[0]!.id, patch: { valence: 'broken' } });
    call(store.handlers, 'actors.remove', { id: seed.school.id });

    const read = call(store.handlers, 'snapshots.get', { id: taken.id });
    expect(read.data).toEqual(before);
    expect(read.label).toBe('Bilan de mars');
  });

  it('lists the snapshots of a case by review date, and only that case’s', () => {
    const a = seedSmallMap(store.handlers, 'Inès');
    const b = seedSmallMap(store.handlers, 'Yanis');
    const take = (caseId: string, label: string, takenOn: string) =>
      call(store.handlers, 'snapshots.take', { caseId, label, takenOn }).id;
    const march = take(a.caseId, 'Bilan de mars', '2026-03-10');
    const admission = take(a.caseId, 'Admission', '2025-09-01');
    take(b.caseId, 'Admission', '2025-10-01');
    const list = call(store.handlers, 'snapshots.list', { caseId: a.caseId });
    expect(list.map((s) => [s.id, s.label])).toEqual([
      [admission, 'Admission'],
      [march, 'Bilan de mars'],
    ]);
  });

  it('refuses a future date, an empty label or an unknown case, and stores nothing', () => {
    const seed = seedSmallMap(store.handlers);
    const base = { caseId: seed.caseId, label: 'Bilan', takenOn: '2026-03-12' };
    // A day ahead is the user's today east of Greenwich; two days ahead is the future.
    expect(codeOf('snapshots.take', { ...base, takenOn: '2026-03-14' })).toBe('invalid_input');
    expect(codeOf('snapshots.take', { ...base, takenOn: '12/03/2026' })).toBe('invalid_input');
    expect(codeOf('snapshots.take', { ...base, label: '   ' })).toBe('invalid_input');
    expect(codeOf('snapshots.take', { ...base, caseId: crypto.randomUUID() })).toBe('not_found');
    expect(codeOf('snapshots.get', { id: crypto.randomUUID() })).toBe('not_found');
    expect(call(store.handlers, 'snapshots.list', { caseId: seed.caseId })).toEqual([]);
  });
});

describe('a snapshot cannot be modified', () => {
  it('offers no operation that changes or deletes a snapshot', () => {
    const seed = seedSmallMap(store.handlers);
    const id = takeBilan(seed.caseId);
    expect(OPS.filter((op) => op.startsWith('snapshots.')).sort()).toEqual([
      'snapshots.addNote',
      'snapshots.get',
      'snapshots.list',
      'snapshots.notes',
      'snapshots.take',
    ]);
    for (const op of ['snapshots.update', 'snapshots.delete', 'snapshots.remove']) {
      expect(codeOf(op, { id, patch: { label: 'Autre' } })).toBe('unknown_operation');
    }
    // Taking again with the same id is not a way in: the input has no id.
    expect(
      codeOf('snapshots.take', { id, caseId: seed.caseId, label: 'Autre', takenOn: today }),
    ).toBe('invalid_input');
    expect(call(store.handlers, 'snapshots.get', { id }).label).toBe('Bilan');
  });

  it('is refused by the database itself, even to a connection holding the key', () => {
    const seed = seedSmallMap(store.handlers);
    const id = takeBilan(seed.caseId);
    const raw = new Database(file);
    try {
      applyKey(raw, key);
      expect(() => raw.prepare("UPDATE snapshots SET label = 'Autre'").run()).toThrow(
        /cannot be changed/,
      );
      expect(() => raw.prepare("UPDATE snapshots SET data = '{}'").run()).toThrow(
        /cannot be changed/,
      );
      expect(() => raw.prepare('DELETE FROM snapshots').run()).toThrow(/only with its case/);
    } finally {
      raw.close();
    }
    expect(call(store.handlers, 'snapshots.get', { id }).label).toBe('Bilan');
  });

  it('reports a damaged frozen map instead of showing it', () => {
    const seed = seedSmallMap(store.handlers);
    const id = takeBilan(seed.caseId);
    const raw = new Database(file);
    try {
      applyKey(raw, key);
      // Only a deliberate tamperer can do this: drop the guard, then write.
      raw.exec('DROP TRIGGER snapshots_refuse_update');
      raw.prepare(`UPDATE snapshots SET data = '{"actors":"x"}' WHERE id = ?`).run(id);
    } finally {
      raw.close();
    }
    expect(codeOf('snapshots.get', { id })).toBe('db_corrupt');
  });
});

describe('snapshots are kept', () => {
  it('across a restart', () => {
    const seed = seedSmallMap(store.handlers);
    const taken = call(store.handlers, 'snapshots.take', {
      caseId: seed.caseId,
      label: 'Admission',
      takenOn: today,
    });
    const frozen = call(store.handlers, 'snapshots.get', { id: taken.id });
    store.close();
    store = open();
    expect(call(store.handlers, 'snapshots.list', { caseId: seed.caseId })).toEqual([taken]);
    expect(call(store.handlers, 'snapshots.get', { id: taken.id })).toEqual(frozen);
  });

  it('in a backup copy of the database, with their notes', () => {
    const seed = seedSmallMap(store.handlers);
    const taken = call(store.handlers, 'snapshots.take', {
      caseId: seed.caseId,
      label: 'Admission',
      takenOn: today,
    });
    call(store.handlers, 'snapshots.addNote', {
      snapshotId: taken.id,
      author: 'Mme K.',
      text: 'Relancer le club',
    });
    const copy = join(dir, 'backup.sqlite');
    store.copyTo(copy);
    const backup = openStore(copy, { key });
    try {
      expect(call(backup.handlers, 'snapshots.list', { caseId: seed.caseId })).toEqual([
        { ...taken, noteCount: 1 },
      ]);
      expect(call(backup.handlers, 'snapshots.notes', { snapshotId: taken.id })).toEqual([
        expect.objectContaining({ author: 'Mme K.', text: 'Relancer le club' }),
      ]);
    } finally {
      backup.close();
    }
  });

  it('until their case is deleted or erased, which takes them and their notes', () => {
    const gone = seedSmallMap(store.handlers, 'Inès');
    const erased = seedSmallMap(store.handlers, 'Lina');
    const kept = seedSmallMap(store.handlers, 'Yanis');
    for (const seed of [gone, erased, kept]) {
      const id = takeBilan(seed.caseId);
      call(store.handlers, 'snapshots.addNote', { snapshotId: id, author: 'A', text: 'note' });
    }
    call(store.handlers, 'cases.delete', { id: gone.caseId });
    call(store.handlers, 'cases.close', { id: erased.caseId, closedOn: today });
    call(store.handlers, 'cases.erase', { id: erased.caseId });
    const tables = dumpDatabase(file, key).tables;
    expect(tables.snapshots).toEqual([expect.objectContaining({ case_id: kept.caseId })]);
    expect(tables.meeting_notes).toHaveLength(1);
  });
});

describe('meeting notes', () => {
  it('are attached to a snapshot with their author and time, oldest first', () => {
    const seed = seedSmallMap(store.handlers);
    const id = takeBilan(seed.caseId);
    call(store.handlers, 'snapshots.addNote', { snapshotId: id, author: 'Mme K.', text: 'Un' });
    today = '2026-03-13';
    call(store.handlers, 'snapshots.addNote', { snapshotId: id, author: 'M. B.', text: 'Deux' });
    expect(call(store.handlers, 'snapshots.notes', { snapshotId: id })).toEqual([
      expect.objectContaining({ author: 'Mme K.', text: 'Un', createdAt: expect.any(String) }),
      expect.objectContaining({ author: 'M. B.', text: 'Deux' }),
    ]);
    expect(call(store.handlers, 'snapshots.list', { caseId: seed.caseId })[0]?.noteCount).toBe(2);
    const journal = call(store.handlers, 'audit.list', { caseId: seed.caseId });
    expect(journal.filter((e) => e.entity === 'meeting_note')).toHaveLength(2);
    expect(journal.filter((e) => e.entity === 'snapshot')).toEqual([
      expect.objectContaining({ entityId: id, action: 'create', profile: 'educ1' }),
    ]);
  });

  it('refuse an empty text, a missing author or an unknown snapshot', () => {
    const seed = seedSmallMap(store.handlers);
    const id = takeBilan(seed.caseId);
    expect(codeOf('snapshots.addNote', { snapshotId: id, author: 'A', text: '  ' })).toBe(
      'invalid_input',
    );
    expect(codeOf('snapshots.addNote', { snapshotId: id, text: 'x' })).toBe('invalid_input');
    const unknown = { snapshotId: crypto.randomUUID(), author: 'A', text: 'x' };
    expect(codeOf('snapshots.addNote', unknown)).toBe('not_found');
    expect(codeOf('snapshots.notes', { snapshotId: unknown.snapshotId })).toBe('not_found');
    expect(call(store.handlers, 'snapshots.notes', { snapshotId: id })).toEqual([]);
  });
});

describe('the next review', () => {
  it('is planned on a case and becomes due on its day', () => {
    const seed = seedSmallMap(store.handlers);
    const caseId = seed.caseId;
    expect(call(store.handlers, 'reviews.get', { caseId })).toEqual({
      caseId,
      nextReviewOn: null,
      due: false,
    });
    call(store.handlers, 'reviews.schedule', { caseId, nextReviewOn: '2026-03-20' });
    expect(call(store.handlers, 'reviews.get', { caseId }).due).toBe(false);
    today = '2026-03-20';
    expect(call(store.handlers, 'reviews.get', { caseId })).toEqual({
      caseId,
      nextReviewOn: '2026-03-20',
      due: true,
    });
  });

  it('moves on when a snapshot is taken with the following date', () => {
    const seed = seedSmallMap(store.handlers);
    const caseId = seed.caseId;
    call(store.handlers, 'reviews.schedule', { caseId, nextReviewOn: '2026-03-01' });
    expect(call(store.handlers, 'reviews.get', { caseId }).due).toBe(true);
    call(store.handlers, 'snapshots.take', {
      caseId,
      label: 'Bilan de mars',
      takenOn: today,
      nextReviewOn: '2026-07-01',
    });
    expect(call(store.handlers, 'reviews.get', { caseId })).toEqual({
      caseId,
      nextReviewOn: '2026-07-01',
      due: false,
    });
  });

  it('refuses a bad date and an unknown case', () => {
    const seed = seedSmallMap(store.handlers);
    expect(codeOf('reviews.schedule', { caseId: seed.caseId, nextReviewOn: '2026-02-30' })).toBe(
      'invalid_input',
    );
    expect(codeOf('reviews.get', { caseId: crypto.randomUUID() })).toBe('not_found');
    expect(
      codeOf('reviews.schedule', { caseId: crypto.randomUUID(), nextReviewOn: '2026-03-20' }),
    ).toBe('not_found');
  });
});

describe('a new review starting from a snapshot', () => {
  it('gives the current map the snapshot’s actors, ties and positions back, in one step', () => {
    const seed = seedSmallMap(store.handlers, 'Inès');
    const mapId = seed.mapId;
    const snapshot = call(store.handlers, 'snapshots.take', {
      caseId: seed.caseId,
      label: 'Bilan de mars',
      takenOn: today,
    });
    // Changes after the review: a new actor and tie, a removal, a changed tie, a move, a rename.
    const cousin = call(store.handlers, 'actors.add', {
      mapId,
      kind: 'person',
      name: 'Cousin',
      sphere: 'primary',
      domain: 'family',
    }).actor;
    call(store.handlers, 'ties.add', { mapId, sourceId: seed.ego.id, targetId: cousin.id });
    call(store.handlers, 'ties.add', { mapId, sourceId: seed.school.id, targetId: seed.ego.id });
    call(store.handlers, 'actors.remove', { id: seed.club.id });
    call(store.handlers, 'ties.update', { id: seed.ties[0]!.id, patch: { valence: 'stressful' } });
    call(store.handlers, 'placements.set', {
      mapId,
      placements: [{ actorId: seed.mother.id, x: 5, y: 5 }],
    });
    call(store.handlers, 'cases.update', { id: seed.caseId, patch: { pseudonym: 'I. B.' } });

    const restored = call(store.handlers, 'map.startFromSnapshot', { snapshotId: snapshot.id });
    const frozen = call(store.handlers, 'snapshots.get', { id: snapshot.id }).data;
    const egoOf = (data: MapData) => data.actors.find((a) => a.isEgo)!;
    // The person keeps the case's current name; everything else is the snapshot's.
    expect(egoOf(restored).name).toBe('I. B.');
    const withoutEgoName = (data: MapData) => {
      const c = content(data);
      return { ...c, actors: c.actors.map((a) => (a.isEgo ? { ...a, name: '' } : a)) };
    };
    const sorted = (data: ReturnType<typeof withoutEgoName>) => ({
      actors: [...data.actors].sort((a, b) => a.id.localeCompare(b.id)),
      ties: [...data.ties].sort((a, b) => a.id.localeCompare(b.id)),
      placements: [...data.placements].sort((a, b) => a.actorId.localeCompare(b.actorId)),
    });
    expect(sorted(withoutEgoName(restored))).toEqual(sorted(withoutEgoName(frozen)));
    expect(call(store.handlers, 'map.load', { caseId: seed.caseId })).toEqual(restored);
  });

  it('changes nothing on a map that is already the snapshot’s, except one journal line', () => {
    const seed = seedSmallMap(store.handlers);
    const id = takeBilan(seed.caseId);
    const before = call(store.handlers, 'map.load', { caseId: seed.caseId });
    const lines = call(store.handlers, 'audit.list', { caseId: seed.caseId }).length;
    expect(call(store.handlers, 'map.startFromSnapshot', { snapshotId: id })).toEqual(before);
    const journal = call(store.handlers, 'audit.list', { caseId: seed.caseId });
    expect(journal.slice(lines)).toEqual([
      expect.objectContaining({ entity: 'snapshot', entityId: id, action: 'restore' }),
    ]);
  });

  it('refuses an unknown snapshot and leaves the map as it was', () => {
    const seed = seedSmallMap(store.handlers);
    const before = call(store.handlers, 'map.load', { caseId: seed.caseId });
    expect(codeOf('map.startFromSnapshot', { snapshotId: crypto.randomUUID() })).toBe('not_found');
    expect(call(store.handlers, 'map.load', { caseId: seed.caseId })).toEqual(before);
  });
});
