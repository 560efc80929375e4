import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MapData } from '../../shared/model';
import { openStore, type Store } from '../index';
import { call, dumpDatabase, seedSmallMap, send } from '../testing';

let dir: string;
let file: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-db-'));
  file = join(dir, 'maillage.db');
  store = openStore(file);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A map as the user sees it: names, tie qualities between names, positions by name. */
function picture(data: MapData) {
  const name = (id: string) => data.actors.find((a) => a.id === id)!.name;
  return {
    actors: data.actors.map((a) => [a.name, a.isEgo, a.sphere, a.domain, a.kind, a.roleLabel]),
    ties: data.ties.map((t) => [name(t.sourceId), name(t.targetId), t.closeness, t.valence]),
    placements: data.placements.map((p) => [name(p.actorId), p.x, p.y]).sort(),
  };
}

describe('map.createWished', () => {
  it('copies the current map, with new ids, into a wished map of the same case', () => {
    const seeded = seedSmallMap(store.handlers);
    call(store.handlers, 'placements.set', {
      mapId: seeded.mapId,
      placements: [{ actorId: seeded.club.id, x: -40, y: 75.5 }],
    });
    const current = call(store.handlers, 'map.load', { caseId: seeded.caseId });
    const wished = call(store.handlers, 'map.createWished', { caseId: seeded.caseId });

    expect(wished.map).toMatchObject({ caseId: seeded.caseId, kind: 'wished' });
    expect(wished.map.id).not.toBe(current.map.id);
    expect(picture(wished)).toEqual(picture(current));
    const currentIds = new Set([...current.actors, ...current.ties].map((x) => x.id));
    expect([...wished.actors, ...wished.ties].filter((x) => currentIds.has(x.id))).toEqual([]);
    expect(call(store.handlers, 'map.load', { caseId: seeded.caseId, kind: 'wished' })).toEqual(
      wished,
    );
  });

  it('leaves the current map alone when the wished one changes', () => {
    const seeded = seedSmallMap(store.handlers);
    const before = call(store.handlers, 'map.load', { caseId: seeded.caseId });
    const wished = call(store.handlers, 'map.createWished', { caseId: seeded.caseId });
    const mother = wished.actors.find((a) => a.name === 'Mère')!;
    call(store.handlers, 'actors.remove', { id: mother.id });
    call(store.handlers, 'ties.update', { id: wished.ties[1]!.id, patch: { closeness: 5 } });

    const after = call(store.handlers, 'map.load', { caseId: seeded.caseId });
    expect(picture(after)).toEqual(picture(before));
    // The case list still counts the current map.
    expect(call(store.handlers, 'cases.list', {})[0]).toMatchObject({ actorCount: 3, tieCount: 3 });
  });

  it('keeps the address-book links of the copied actors', () => {
    const seeded = seedSmallMap(store.handlers);
    const entry = call(store.handlers, 'directory.create', {
      name: 'Collège Jean Moulin',
      kind: 'organisation',
      sphere: 'formal_secondary',
      domain: 'school',
    });
    call(store.handlers, 'actors.linkDirectory', { actorId: seeded.school.id, entryId: entry.id });
    const wished = call(store.handlers, 'map.createWished', { caseId: seeded.caseId });
    const school = wished.actors.find((a) => a.name === 'Collège Jean Moulin')!;
    expect(call(store.handlers, 'directory.linksOfMap', { mapId: wished.map.id })).toEqual([
      { actorId: school.id, entryId: entry.id },
    ]);
  });

  it('renames the person at the centre of both maps with the case', () => {
    const seeded = seedSmallMap(store.handlers);
    call(store.handlers, 'map.createWished', { caseId: seeded.caseId });
    call(store.handlers, 'cases.update', { id: seeded.caseId, patch: { pseudonym: 'Nour' } });
    for (const kind of ['current', 'wished'] as const) {
      const data = call(store.handlers, 'map.load', { caseId: seeded.caseId, kind });
      expect(data.actors.find((a) => a.isEgo)!.name).toBe('Nour');
    }
  });

  it('refuses a second wished map or an unknown case and changes nothing', () => {
    const seeded = seedSmallMap(store.handlers);
    call(store.handlers, 'map.createWished', { caseId: seeded.caseId });
    const before = dumpDatabase(file);
    expect(send(store.handlers, 'map.createWished', { caseId: seeded.caseId })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      send(store.handlers, 'map.createWished', { caseId: '5e0c7a1b-3d2f-4e6a-8b9c-0d1e2f3a4b5c' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(send(store.handlers, 'map.createWished', { caseId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dumpDatabase(file)).toEqual(before);
  });

  it('goes with its case when the case is deleted', () => {
    const seeded = seedSmallMap(store.handlers);
    call(store.handlers, 'map.createWished', { caseId: seeded.caseId });
    call(store.handlers, 'cases.delete', { id: seeded.caseId });
    const dump = dumpDatabase(file);
    for (const table of ['maps', 'actors', 'ties', 'placements'] as const) {
      expect(dump.tables[table]).toEqual([]);
    }
  });
});
