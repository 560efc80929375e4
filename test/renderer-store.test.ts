// The renderer's map model against the real store, over the same dispatch the hosts use: every
// gesture of issue 2 (add, link, move, rename, delete), then "close the app and start it again".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../db';
import { createClient } from '../shared/api/client';
import type { MaillageApi } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
import type { MapData } from '../shared/model';
import { MapStore } from '../renderer/map/model/mapStore';

let dir: string;
let store: Store;

function apiOver(opened: Store): MaillageApi {
  // JSON both ways, as the HTTP bridge carries it.
  return createClient(async (op, input) =>
    JSON.parse(JSON.stringify(dispatch(opened.handlers, op, JSON.parse(JSON.stringify(input))))),
  );
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-renderer-'));
  store = openStore(join(dir, 'maillage.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the map model over the real store', () => {
  it('keeps every gesture of an interview across a restart', async () => {
    const api = apiOver(store);
    const created = await api['cases.create']({
      pseudonym: 'Lina',
      birthYear: 2009,
      referent: 'M. D.',
    });
    const map = new MapStore(api, await api['map.load']({ caseId: created.id }));
    map.placeUnplaced();
    await map.whenSaved();
    const ego = map.getSnapshot().actors.find((a) => a.isEgo)!;
    expect(map.getSnapshot().placements).toContainEqual({ actorId: ego.id, x: 0, y: 0 });

    const motherId = map.addActor(
      { kind: 'person', name: 'Samia', roleLabel: 'mère', sphere: 'primary', domain: 'family' },
      { closeness: 5, valence: 'supportive' },
    );
    const clubId = map.addActor(
      {
        kind: 'organisation',
        name: 'Club',
        roleLabel: '',
        sphere: 'informal_secondary',
        domain: 'sport',
      },
      null,
    );
    let data = map.getSnapshot();
    expect(data.ties).toEqual([
      expect.objectContaining({ sourceId: ego.id, targetId: motherId, closeness: 5 }),
    ]);
    expect(data.placements.map((p) => p.actorId).sort()).toEqual([ego.id, motherId, clubId].sort());

    const tieId = map.addTie({
      sourceId: motherId,
      targetId: clubId,
      closeness: 2,
      valence: 'ambivalent',
      supportForward: [],
      supportBackward: ['practical', 'emotional'],
    });
    const tie = map.getSnapshot().ties.find((t) => t.id === tieId)!;
    expect(tie.supportBackward).toEqual(['emotional', 'practical']);
    map.place([
      { actorId: motherId, x: 12, y: -140 },
      { actorId: clubId, x: 250, y: 90 },
    ]);
    map.updateActor(motherId, { name: 'Samia B.' });
    map.updateTie(tie.id, { valence: 'conflictual' });
    await map.whenSaved();
    await map.updateCase({ pseudonym: 'Lina M.' });
    data = map.getSnapshot();
    expect(data.actors.find((a) => a.isEgo)?.name).toBe('Lina M.');

    store.close();
    store = openStore(join(dir, 'maillage.db'));
    const reopened = await apiOver(store)['map.load']({ caseId: created.id });
    expect(reopened.actors.map((a) => a.name)).toEqual(['Lina M.', 'Samia B.', 'Club']);
    expect(reopened.ties.find((t) => t.id === tie.id)?.valence).toBe('conflictual');
    expect(reopened.placements).toEqual(expect.arrayContaining(data.placements));
    expect(reopened.placements).toHaveLength(3);
  });

  it('removes an actor with its ties, and the person at the centre cannot be removed', async () => {
    const api = apiOver(store);
    const created = await api['cases.create']({ pseudonym: 'Yanis' });
    const map = new MapStore(api, await api['map.load']({ caseId: created.id }));
    const id = map.addActor(
      { kind: 'person', name: 'Inès', roleLabel: '', sphere: 'primary', domain: 'friends' },
      { closeness: 3, valence: 'neutral' },
    );
    map.removeActor(id);
    expect(map.getSnapshot().ties).toEqual([]);
    const ego = map.getSnapshot().actors.find((a) => a.isEgo)!;
    expect(() => map.removeActor(ego.id)).toThrow(expect.objectContaining({ code: 'conflict' }));
    await map.whenSaved();
    expect(map.getSnapshot().actors).toHaveLength(1);
    expect((await api['cases.list']({}))[0]).toMatchObject({ actorCount: 0, tieCount: 0 });
  });
});

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
/** What the store holds, as the user sees it (timestamps are the store's own). */
function visible(data: MapData) {
  const { pseudonym, birthYear, referent } = data.case;
  return {
    case: { pseudonym, birthYear, referent },
    actors: data.actors.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest).sort(byId),
    ties: data.ties.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest).sort(byId),
    placements: [...data.placements].sort((a, b) => a.actorId.localeCompare(b.actorId)),
  };
}

type Step = { kind: number; a: number; b: number; n: number };

/** One gesture picked by numbers; false when it did not change the map (refused or no-op). */
function gesture(map: MapStore, step: Step): boolean {
  const before = map.getHistory().undoDepth;
  return tryGesture(map, step) && map.getHistory().undoDepth > before;
}

function tryGesture(map: MapStore, { kind, a, b, n }: Step): boolean {
  const data = map.getSnapshot();
  const others = data.actors.filter((x) => !x.isEgo);
  const actor = data.actors[a % data.actors.length]!;
  const other = data.actors[b % data.actors.length]!;
  const tie = data.ties[a % Math.max(1, data.ties.length)];
  const mine = others[a % Math.max(1, others.length)];
  try {
    if (kind === 0)
      map.addActor(
        { kind: 'person', name: `P${n}`, roleLabel: '', sphere: 'primary', domain: 'friends' },
        n % 3 === 0 ? null : { closeness: (n % 5) + 1 },
      );
    else if (kind === 1) map.addTie({ sourceId: actor.id, targetId: other.id, closeness: 2 });
    else if (kind === 2 && mine) map.updateActor(mine.id, { name: `R${n}`, notes: `n${n}` });
    else if (kind === 3 && tie)
      map.updateTie(tie.id, { closeness: (n % 5) + 1, frequency: 'weekly' });
    else if (kind === 4 && mine) map.removeActor(mine.id);
    else if (kind === 5 && tie) map.removeTie(tie.id);
    else if (kind === 6) map.place([{ actorId: actor.id, x: n, y: -n }]);
    else if (kind === 7) map.updateCase({ pseudonym: `Lina ${n}`, birthYear: 2000 + (n % 10) });
    else return false;
    return true;
  } catch {
    return false; // refused (same two actors, a second tie...): nothing changed
  }
}

describe('undo and redo over the real store', () => {
  it('brings the store back to each earlier state exactly, then forward again', async () => {
    const steps = fc.array(
      fc.record({
        kind: fc.integer({ min: 0, max: 7 }),
        a: fc.nat(50),
        b: fc.nat(50),
        n: fc.integer({ min: 1, max: 900 }),
      }),
      { minLength: 5, maxLength: 25 },
    );
    await fc.assert(
      fc.asyncProperty(steps, async (list) => {
        const api = apiOver(store);
        const created = await api['cases.create']({ pseudonym: 'Lina' });
        const map = new MapStore(api, await api['map.load']({ caseId: created.id }));
        const load = async () => {
          await map.whenSaved();
          return visible(await api['map.load']({ caseId: created.id }));
        };
        const states = [await load()];
        for (const step of list) if (gesture(map, step)) states.push(await load());
        for (let i = states.length - 2; i >= 0; i--) {
          map.undo();
          expect(await load()).toEqual(states[i]);
          expect(visible(map.getSnapshot())).toEqual(states[i]);
        }
        for (let i = 1; i < states.length; i++) {
          map.redo();
          expect(await load()).toEqual(states[i]);
        }
        expect(map.getSaveStatus().state).toBe('saved');
      }),
      { numRuns: 15 },
    );
  });
});
