import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

const codeOf = (op: string, input: unknown) => {
  const result = send(store.handlers, op, input);
  return result.ok ? 'ok' : result.error.code;
};

const NEW_ID = '5e0c7a1b-3d2f-4e6a-8b9c-0d1e2f3a4b5c';

describe('actors', () => {
  it('adds an actor with defaults and an optional position, after the existing ones', () => {
    const map = seedSmallMap(store.handlers);
    const { actor, placement } = call(store.handlers, 'actors.add', {
      mapId: map.mapId,
      kind: 'organisation',
      name: 'Mission locale',
      sphere: 'formal_secondary',
      domain: 'employment',
      position: { x: -50, y: 75.5 },
    });
    expect(actor).toMatchObject({ roleLabel: '', notes: '', placedBy: 'educator', isEgo: false });
    expect(placement).toEqual({ actorId: actor.id, x: -50, y: 75.5 });
    const data = call(store.handlers, 'map.load', { caseId: map.caseId });
    expect(data.actors.map((a) => a.name)).toEqual([
      'Inès',
      'Mère',
      'Club de foot',
      'Collège Jean Moulin',
      'Mission locale',
    ]);
    expect(data.placements.at(-1)).toEqual(placement);
  });

  it('answers a retried add with the stored actor and refuses the id elsewhere', () => {
    const map = seedSmallMap(store.handlers);
    const other = seedSmallMap(store.handlers, 'Hugo');
    const input = {
      id: NEW_ID,
      mapId: map.mapId,
      kind: 'person' as const,
      name: 'Tante',
      sphere: 'primary' as const,
      domain: 'family' as const,
      position: { x: 1, y: 2 },
    };
    const first = call(store.handlers, 'actors.add', input);
    expect(call(store.handlers, 'actors.add', input)).toEqual(first);
    expect(codeOf('actors.add', { ...input, name: 'Oncle' })).toBe('conflict');
    expect(codeOf('actors.add', { ...input, mapId: other.mapId })).toBe('conflict');
    expect(call(store.handlers, 'map.load', { caseId: map.caseId }).actors).toHaveLength(5);
  });

  it('updates the fields given and leaves the others', () => {
    const { club } = seedSmallMap(store.handlers);
    const updated = call(store.handlers, 'actors.update', {
      id: club.id,
      patch: { roleLabel: 'Entraîneur', sphere: 'informal_secondary' },
    });
    expect(updated).toEqual({
      ...club,
      roleLabel: 'Entraîneur',
      sphere: 'informal_secondary',
      updatedAt: updated.updatedAt,
    });
  });

  it('removes an actor with its ties and its placement', () => {
    const map = seedSmallMap(store.handlers);
    const { removedTieIds } = call(store.handlers, 'actors.remove', { id: map.mother.id });
    expect(removedTieIds).toEqual([map.ties[0]!.id, map.ties[2]!.id]);
    const data = call(store.handlers, 'map.load', { caseId: map.caseId });
    expect(data.actors.map((a) => a.id)).not.toContain(map.mother.id);
    expect(data.ties.map((t) => t.id)).toEqual([map.ties[1]!.id]);
    expect(data.placements.map((p) => p.actorId)).not.toContain(map.mother.id);
    expect(codeOf('actors.remove', { id: map.mother.id })).toBe('not_found');
  });

  it('protects the person at the centre: renamed only through the case, never removed', () => {
    const map = seedSmallMap(store.handlers);
    const before = dumpDatabase(file);
    expect(codeOf('actors.update', { id: map.ego.id, patch: { name: 'Autre' } })).toBe('conflict');
    expect(codeOf('actors.update', { id: map.ego.id, patch: { sphere: 'formal_secondary' } })).toBe(
      'conflict',
    );
    expect(codeOf('actors.remove', { id: map.ego.id })).toBe('conflict');
    expect(dumpDatabase(file)).toEqual(before);
    expect(call(store.handlers, 'actors.update', { id: map.ego.id, patch: {} })).toEqual(map.ego);
  });
});

describe('ties', () => {
  it('adds a tie with defaults and sorted support sets', () => {
    const map = seedSmallMap(store.handlers);
    const tie = call(store.handlers, 'ties.add', {
      mapId: map.mapId,
      sourceId: map.school.id,
      targetId: map.ego.id,
      supportForward: ['information', 'emotional', 'information'],
      frequency: 'daily',
    });
    expect(tie).toMatchObject({
      closeness: 3,
      valence: 'supportive',
      supportForward: ['emotional', 'information'],
      supportBackward: [],
      frequency: 'daily',
      knownSinceYear: null,
      critical: null,
      notes: '',
    });
    expect(call(store.handlers, 'map.load', { caseId: map.caseId }).ties.at(-1)).toEqual(tie);
  });

  it('needs both ends to exist in the same map', () => {
    const map = seedSmallMap(store.handlers);
    const other = seedSmallMap(store.handlers, 'Hugo');
    const before = dumpDatabase(file);
    const tie = (sourceId: string, targetId: string) =>
      codeOf('ties.add', { mapId: map.mapId, sourceId, targetId });
    expect(tie(map.ego.id, NEW_ID)).toBe('not_found');
    expect(tie(map.ego.id, other.mother.id)).toBe('conflict');
    expect(tie(map.ego.id, map.ego.id)).toBe('invalid_input');
    expect(
      codeOf('ties.add', { mapId: NEW_ID, sourceId: map.ego.id, targetId: map.school.id }),
    ).toBe('not_found');
    expect(dumpDatabase(file)).toEqual(before);
  });

  it('keeps several ties between the same two actors, in either direction', () => {
    const map = seedSmallMap(store.handlers);
    const stress = call(store.handlers, 'ties.add', {
      mapId: map.mapId,
      sourceId: map.mother.id,
      targetId: map.ego.id,
      valence: 'stressful',
    });
    const loaded = call(store.handlers, 'map.load', { caseId: map.caseId });
    const pair = loaded.ties.filter((t) =>
      [t.sourceId, t.targetId].every((id) => id === map.ego.id || id === map.mother.id),
    );
    expect(pair.map((t) => t.valence)).toEqual(['supportive', 'stressful']);
    expect(pair.at(-1)).toEqual(stress);
    expect(call(store.handlers, 'cases.list', {})[0]!.tieCount).toBe(4);
  });

  it('updates and removes a tie', () => {
    const map = seedSmallMap(store.handlers);
    const [first] = map.ties;
    const updated = call(store.handlers, 'ties.update', {
      id: first!.id,
      patch: { valence: 'conflictual', supportBackward: ['practical'], critical: 'very' },
    });
    expect(updated).toMatchObject({
      closeness: 5,
      valence: 'conflictual',
      supportBackward: ['practical'],
      critical: 'very',
    });
    expect(call(store.handlers, 'ties.remove', { id: first!.id })).toEqual({ removed: true });
    expect(codeOf('ties.update', { id: first!.id, patch: { closeness: 1 } })).toBe('not_found');
    expect(call(store.handlers, 'cases.list', {})[0]!.tieCount).toBe(2);
  });
});

describe('placements.set', () => {
  it('moves several actors at once', () => {
    const map = seedSmallMap(store.handlers);
    const placements = [
      { actorId: map.mother.id, x: 10, y: 20 },
      { actorId: map.school.id, x: -30.25, y: 0 },
    ];
    expect(call(store.handlers, 'placements.set', { mapId: map.mapId, placements })).toEqual({
      count: 2,
    });
    const stored = call(store.handlers, 'map.load', { caseId: map.caseId }).placements;
    expect(stored).toEqual(expect.arrayContaining(placements));
  });

  it('writes nothing when one actor is unknown or in another map', () => {
    const map = seedSmallMap(store.handlers);
    const other = seedSmallMap(store.handlers, 'Hugo');
    const before = dumpDatabase(file);
    const move = (actorId: string) =>
      codeOf('placements.set', {
        mapId: map.mapId,
        placements: [
          { actorId: map.mother.id, x: 999, y: 999 },
          { actorId, x: 1, y: 1 },
        ],
      });
    expect(move(NEW_ID)).toBe('not_found');
    expect(move(other.mother.id)).toBe('conflict');
    expect(dumpDatabase(file)).toEqual(before);
  });
});
