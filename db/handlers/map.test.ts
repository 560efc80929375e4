import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/api';
import type { Actor, MapData, Tie } from '../../shared/model';
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

const AUNT = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const AUNT_TIE = '7a2e3d4c-5b6f-4071-8b8c-0d1e2f3a4b5c';
const UNKNOWN = '8b3f4e5d-6c70-4182-9c9d-1e2f3a4b5c6d';

const actorWrite = (actor: Actor) => ({
  id: actor.id,
  kind: actor.kind,
  name: actor.name,
  roleLabel: actor.roleLabel,
  sphere: actor.sphere,
  domain: actor.domain,
  notes: actor.notes,
  placedBy: actor.placedBy,
});
const tieWrite = ({ mapId: _m, createdAt: _c, updatedAt: _u, ...write }: Tie) => write;

/** What the user sees of a map: content without timestamps, in a fixed order. */
function content(data: MapData) {
  const byId = <T extends { id: string }>(items: T[]) =>
    [...items].sort((a, b) => a.id.localeCompare(b.id));
  return {
    actors: byId(data.actors.map(({ createdAt: _c, updatedAt: _u, ...actor }) => actor)),
    ties: byId(data.ties.map(({ createdAt: _c, updatedAt: _u, ...tie }) => tie)),
    placements: [...data.placements].sort((a, b) => a.actorId.localeCompare(b.actorId)),
  };
}

describe('map.load', () => {
  it('returns the case, the map and everything in it in creation order', () => {
    const map = seedSmallMap(store.handlers);
    const data = call(store.handlers, 'map.load', { caseId: map.caseId });
    expect(data.case.pseudonym).toBe('Inès');
    expect(data.actors.map((a) => a.id)).toEqual(
      [map.ego, map.mother, map.club, map.school].map((a) => a.id),
    );
    expect(data.ties).toEqual(map.ties);
    expect(data.placements.map((p) => p.actorId)).toEqual(data.actors.map((a) => a.id));
    expect(send(store.handlers, 'map.load', { caseId: UNKNOWN })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('map.applyEdits', () => {
  it('applies one gesture: removals, then actors, then the ties that need them, then positions', () => {
    const map = seedSmallMap(store.handlers);
    const edits: Input<'map.applyEdits'> = {
      mapId: map.mapId,
      removeTieIds: [map.ties[2]!.id],
      removeActorIds: [map.school.id],
      upsertActors: [
        { ...actorWrite(map.club), notes: 'Entraînement le mercredi' },
        {
          id: AUNT,
          kind: 'person',
          name: 'Tante',
          roleLabel: '',
          sphere: 'primary',
          domain: 'family',
          notes: '',
          placedBy: 'young_person',
        },
      ],
      upsertTies: [
        { ...tieWrite(map.ties[1]!), closeness: 1, valence: 'broken' },
        { ...tieWrite({ ...map.ties[0]!, id: AUNT_TIE }), sourceId: map.ego.id, targetId: AUNT },
      ],
      placements: [{ actorId: AUNT, x: 42, y: -42 }],
    };
    expect(call(store.handlers, 'map.applyEdits', edits)).toEqual({ applied: 7 });

    const data = call(store.handlers, 'map.load', { caseId: map.caseId });
    expect(data.actors.map((a) => a.name)).toEqual(['Inès', 'Mère', 'Club de foot', 'Tante']);
    expect(data.actors[2]!.notes).toBe('Entraînement le mercredi');
    expect(data.actors[3]).toMatchObject({ id: AUNT, isEgo: false, placedBy: 'young_person' });
    expect(data.ties.map((t) => [t.id, t.closeness, t.valence])).toEqual([
      [map.ties[0]!.id, 5, 'supportive'],
      [map.ties[1]!.id, 1, 'broken'],
      [AUNT_TIE, 5, 'supportive'],
    ]);
    expect(data.placements.at(-1)).toEqual({ actorId: AUNT, x: 42, y: -42 });
  });

  it('adds a second tie between the same actors beside the first', () => {
    const map = seedSmallMap(store.handlers);
    call(store.handlers, 'map.applyEdits', {
      mapId: map.mapId,
      upsertTies: [
        {
          ...tieWrite(map.ties[0]!),
          id: AUNT_TIE,
          sourceId: map.mother.id,
          targetId: map.ego.id,
          valence: 'conflictual',
        },
      ],
    });
    const ties = call(store.handlers, 'map.load', { caseId: map.caseId }).ties;
    expect(ties.map((t) => [t.id, t.valence])).toEqual([
      [map.ties[0]!.id, 'supportive'],
      [map.ties[1]!.id, 'supportive'],
      [map.ties[2]!.id, 'supportive'],
      [AUNT_TIE, 'conflictual'],
    ]);
  });

  it('undoes a removal by replaying the recorded state', () => {
    const map = seedSmallMap(store.handlers);
    const before = call(store.handlers, 'map.load', { caseId: map.caseId });
    const removedTies = before.ties.filter(
      (t) => t.sourceId === map.mother.id || t.targetId === map.mother.id,
    );
    const placement = before.placements.find((p) => p.actorId === map.mother.id)!;

    call(store.handlers, 'map.applyEdits', {
      mapId: map.mapId,
      removeTieIds: removedTies.map((t) => t.id),
      removeActorIds: [map.mother.id],
    });
    expect(content(call(store.handlers, 'map.load', { caseId: map.caseId }))).not.toEqual(
      content(before),
    );
    call(store.handlers, 'map.applyEdits', {
      mapId: map.mapId,
      upsertActors: [actorWrite(map.mother)],
      upsertTies: removedTies.map(tieWrite),
      placements: [placement],
    });
    expect(content(call(store.handlers, 'map.load', { caseId: map.caseId }))).toEqual(
      content(before),
    );
  });

  describe('refuses the whole batch and changes nothing', () => {
    const refusals: [string, (map: ReturnType<typeof seedSmallMap>) => object, string][] = [
      [
        'a position for an unknown actor',
        () => ({ placements: [{ actorId: UNKNOWN, x: 0, y: 0 }] }),
        'not_found',
      ],
      [
        'a tie to an actor removed in the same batch',
        (m) => ({
          upsertTies: [
            { ...tieWrite(m.ties[0]!), targetId: m.club.id, id: AUNT_TIE, sourceId: m.school.id },
          ],
          removeActorIds: [m.school.id],
        }),
        'not_found',
      ],
      ['removing the person at the centre', (m) => ({ removeActorIds: [m.ego.id] }), 'conflict'],
      [
        'editing the person at the centre',
        (m) => ({ upsertActors: [{ ...actorWrite(m.ego), name: 'X' }] }),
        'conflict',
      ],
      [
        'a tie from an actor to itself',
        (m) => ({
          upsertTies: [{ ...tieWrite(m.ties[0]!), targetId: m.ego.id, sourceId: m.ego.id }],
        }),
        'invalid_input',
      ],
      ['removing an unknown tie', () => ({ removeTieIds: [UNKNOWN] }), 'not_found'],
    ];

    it.each(refusals)('%s', (_label, failing, code) => {
      const map = seedSmallMap(store.handlers);
      seedSmallMap(store.handlers, 'Hugo');
      const before = dumpDatabase(file);
      // Valid edits first, so the refusal happens midway through the transaction.
      const result = send(store.handlers, 'map.applyEdits', {
        mapId: map.mapId,
        removeTieIds: [map.ties[1]!.id],
        upsertActors: [{ ...actorWrite(map.club), name: 'Club de basket' }],
        placements: [{ actorId: map.mother.id, x: 500, y: 500 }],
        ...failing(map),
      });
      expect(result).toMatchObject({ ok: false, error: { code } });
      expect(dumpDatabase(file)).toEqual(before);
    });

    it('an actor of another map', () => {
      const map = seedSmallMap(store.handlers);
      const other = seedSmallMap(store.handlers, 'Hugo');
      const before = dumpDatabase(file);
      const result = send(store.handlers, 'map.applyEdits', {
        mapId: map.mapId,
        removeTieIds: [map.ties[1]!.id],
        upsertActors: [actorWrite(other.club)],
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(dumpDatabase(file)).toEqual(before);
    });
  });
});
