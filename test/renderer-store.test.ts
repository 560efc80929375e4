// The renderer's map model against the real store, over the same dispatch the hosts use: every
// gesture of issue 2 (add, link, move, rename, delete), then "close the app and start it again".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../db';
import { createClient } from '../shared/api/client';
import type { MaillageApi } from '../shared/api/contract';
import { dispatch } from '../shared/api/dispatch';
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
    await map.placeUnplaced();
    const ego = map.getSnapshot().actors.find((a) => a.isEgo)!;
    expect(map.getSnapshot().placements).toContainEqual({ actorId: ego.id, x: 0, y: 0 });

    const motherId = await map.addActor(
      { kind: 'person', name: 'Samia', roleLabel: 'mère', sphere: 'primary', domain: 'family' },
      { closeness: 5, valence: 'supportive' },
    );
    const clubId = await map.addActor(
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

    const tie = await map.addTie({
      sourceId: motherId,
      targetId: clubId,
      closeness: 2,
      valence: 'ambivalent',
      supportForward: [],
      supportBackward: ['practical', 'emotional'],
    });
    expect(tie.supportBackward).toEqual(['emotional', 'practical']);
    await map.place([
      { actorId: motherId, x: 12, y: -140 },
      { actorId: clubId, x: 250, y: 90 },
    ]);
    await map.updateActor(motherId, { name: 'Samia B.' });
    await map.updateTie(tie.id, { valence: 'conflictual' });
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
    const id = await map.addActor(
      { kind: 'person', name: 'Inès', roleLabel: '', sphere: 'primary', domain: 'friends' },
      { closeness: 3, valence: 'neutral' },
    );
    await map.removeActor(id);
    expect(map.getSnapshot().ties).toEqual([]);
    const ego = map.getSnapshot().actors.find((a) => a.isEgo)!;
    await expect(map.removeActor(ego.id)).rejects.toMatchObject({ code: 'conflict' });
    expect(map.getSnapshot().actors).toHaveLength(1);
    expect((await api['cases.list']({}))[0]).toMatchObject({ actorCount: 0, tieCount: 0 });
  });
});
