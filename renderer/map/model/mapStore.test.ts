import { describe, expect, it } from 'vitest';
import { MaillageError } from '../../../shared/errors';
import type { MapData } from '../../../shared/model';
import { fakeApi } from '../../testing/fakeApi';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { MapStore } from './mapStore';

const NEW_ID = '00000000-0000-4000-8000-0000000000f1';
const NEW_TIE_ID = '00000000-0000-4000-8000-0000000000f2';
const ids = (...list: string[]) => {
  const queue = [...list];
  return () => queue.shift() ?? crypto.randomUUID();
};
const INES = {
  kind: 'person',
  name: 'Inès',
  roleLabel: 'amie',
  sphere: 'primary',
  domain: 'friends',
} as const;
type Edits = {
  removeTieIds?: string[];
  removeActorIds?: string[];
  upsertActors?: { id: string; name: string }[];
  upsertTies?: { id: string; sourceId: string; targetId: string; closeness: number }[];
  placements?: { actorId: string; x: number; y: number }[];
};
const accepting = () => fakeApi({ 'map.applyEdits': () => ({ applied: 1 }) });
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
/** The map as a user sees it: no timestamps, in a fixed order. */
const visible = (data: MapData) => ({
  actors: data.actors.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest).sort(byId),
  ties: data.ties.map(({ createdAt: _c, updatedAt: _u, ...rest }) => rest).sort(byId),
  placements: [...data.placements].sort((a, b) => a.actorId.localeCompare(b.actorId)),
});

describe('MapStore gestures', () => {
  it('adds an actor, its tie to the person and its place in one transaction', async () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap(), ids(NEW_ID, NEW_TIE_ID));
    store.addActor(INES, { closeness: 4, valence: 'supportive' });
    // Optimistic: on the map before the store answers.
    expect(store.getSnapshot().actors.map((a) => a.name)).toContain('Inès');
    await store.whenSaved();
    expect(calls.map((c) => c.op)).toEqual(['map.applyEdits']);
    const edits = calls[0]!.input as Edits;
    expect(edits.upsertActors).toEqual([expect.objectContaining({ id: NEW_ID, name: 'Inès' })]);
    expect(edits.upsertTies).toEqual([
      expect.objectContaining({
        id: NEW_TIE_ID,
        sourceId: IDS.ego,
        targetId: NEW_ID,
        closeness: 4,
      }),
    ]);
    expect(edits.placements?.map((p) => p.actorId)).toEqual([NEW_ID]);
  });

  it('saves a drag of several nodes as one step', async () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap());
    store.place([
      { actorId: IDS.mother, x: 10, y: 10 },
      { actorId: IDS.school, x: 20, y: 20 },
    ]);
    await store.whenSaved();
    expect(calls).toHaveLength(1);
    expect(store.getHistory()).toMatchObject({ undoDepth: 1 });
    store.undo();
    expect(store.getSnapshot().placements).toContainEqual({ actorId: IDS.mother, x: 0, y: -130 });
  });

  it('refuses bad input and the person at the centre, changing nothing', () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap());
    const before = store.getSnapshot();
    expect(() => store.addActor({ ...INES, name: '   ' }, null)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => store.removeActor(IDS.ego)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => store.addTie({ sourceId: IDS.mother, targetId: IDS.mother })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => store.updateTie(IDS.tieMother, { closeness: 9 })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(store.getSnapshot()).toBe(before);
    expect(calls).toEqual([]);
    expect(store.getHistory().canUndo).toBe(false);
  });

  it('adds a second tie between two actors already tied, beside the first', () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap());
    const id = store.addTie({ sourceId: IDS.mother, targetId: IDS.ego, valence: 'stressful' });
    const pair = store
      .getSnapshot()
      .ties.filter(
        (t) => [t.sourceId, t.targetId].sort().join() === [IDS.ego, IDS.mother].sort().join(),
      );
    expect(pair.map((t) => [t.id, t.valence])).toEqual([
      [IDS.tieMother, 'supportive'],
      [id, 'stressful'],
    ]);
    expect(calls).toHaveLength(1);
  });

  it('records no step for an edit that changes nothing', () => {
    const store = new MapStore(accepting().api, sampleMap());
    store.updateActor(IDS.mother, { name: 'Samia' });
    expect(store.getHistory().canUndo).toBe(false);
    expect(store.getSaveStatus().state).toBe('saved');
  });
});

describe('MapStore undo and redo', () => {
  it('restores each state exactly over mixed edits, and the store gets the inverse edits', async () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap());
    const states = [visible(store.getSnapshot())];
    const inesId = store.addActor(INES, { closeness: 3 });
    states.push(visible(store.getSnapshot()));
    store.updateActor(IDS.mother, { name: 'Samia B.', notes: 'appelle le soir' });
    states.push(visible(store.getSnapshot()));
    store.addTie({ sourceId: inesId, targetId: IDS.mother, supportForward: ['emotional'] });
    states.push(visible(store.getSnapshot()));
    store.removeActor(IDS.mother);
    states.push(visible(store.getSnapshot()));
    store.place([{ actorId: inesId, x: 5, y: 5 }]);
    states.push(visible(store.getSnapshot()));

    for (let i = states.length - 2; i >= 0; i--) {
      expect(store.undo()).toBe(true);
      expect(visible(store.getSnapshot())).toEqual(states[i]);
    }
    expect(store.undo()).toBe(false);
    for (let i = 1; i < states.length; i++) {
      expect(store.redo()).toBe(true);
      expect(visible(store.getSnapshot())).toEqual(states[i]);
    }
    await store.whenSaved();
    // 5 edits, 5 undos, 5 redos: one call each. Undoing the removal puts back the mother,
    // her two ties and her place in one call.
    expect(calls).toHaveLength(15);
    const undoRemoval = calls[6]!.input as Edits;
    expect(undoRemoval.upsertActors?.map((a) => a.name)).toEqual(['Samia B.']);
    expect(undoRemoval.upsertTies).toHaveLength(2);
    expect(undoRemoval.placements).toEqual([{ actorId: IDS.mother, x: 0, y: -130 }]);
  });

  it('makes one step of a field typed in several saves, and a new edit forgets the redo', () => {
    const store = new MapStore(accepting().api, sampleMap());
    for (const name of ['S', 'Sa', 'Sam'])
      store.updateActor(IDS.mother, { name }, { mergeKey: 'n' });
    expect(store.getHistory().undoDepth).toBe(1);
    store.sealStep();
    store.updateActor(IDS.mother, { name: 'Samy' }, { mergeKey: 'n' });
    expect(store.getHistory().undoDepth).toBe(2);
    store.undo();
    store.undo();
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.name).toBe('Samia');
    store.updateTie(IDS.tieSchool, { valence: 'neutral' });
    expect(store.getHistory()).toMatchObject({ canRedo: false, undoDepth: 1 });
  });
});

describe('MapStore autosave', () => {
  it('keeps a failed save, shows it, and sends it again in order on retry', async () => {
    let refuse = true;
    const { api, calls } = fakeApi({
      'map.applyEdits': () => {
        if (refuse) throw new MaillageError('db_unavailable', 'disk gone');
        return { applied: 1 };
      },
    });
    const timers: (() => void)[] = [];
    const store = new MapStore(api, sampleMap(), {
      setTimer: (run) => timers.push(run),
      clearTimer: () => undefined,
    });
    store.updateActor(IDS.mother, { name: 'Samia B.' });
    store.updateTie(IDS.tieMother, { closeness: 4 });
    await vi_flush();
    expect(store.getSaveStatus()).toMatchObject({ state: 'failed', pending: 2, failures: 1 });
    // The map keeps showing the edits: nothing the user did is lost.
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.name).toBe('Samia B.');
    timers.shift()!();
    await vi_flush();
    expect(store.getSaveStatus()).toMatchObject({ state: 'failed', failures: 2 });
    refuse = false;
    store.retrySave();
    await store.whenSaved();
    expect(store.getSaveStatus()).toMatchObject({ state: 'saved', pending: 0 });
    const sent = calls.map((c) => c.input as Edits);
    // Failed, failed, then the first and the second edits, in that order.
    expect(sent.map((e) => e.upsertActors?.length ?? 0)).toEqual([1, 1, 1, 0]);
    expect(sent.at(-1)?.upsertTies?.[0]?.closeness).toBe(4);
  });

  it('says "saving" until the store acknowledges', async () => {
    let answer: () => void = () => undefined;
    const seen: string[] = [];
    const api = {
      'map.applyEdits': () =>
        new Promise<{ applied: number }>((done) => (answer = () => done({ applied: 1 }))),
    } as unknown as ConstructorParameters<typeof MapStore>[0];
    const store = new MapStore(api, sampleMap());
    store.subscribeSave(() => seen.push(store.getSaveStatus().state));
    store.updateActor(IDS.mother, { name: 'Samia B.' });
    await vi_flush();
    expect(store.getSaveStatus().state).toBe('saving');
    answer();
    await store.whenSaved();
    expect(seen.at(-1)).toBe('saved');
    expect(seen).not.toContain('failed');
  });
});

/** Lets pending promise callbacks run. */
async function vi_flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('MapStore layout hooks', () => {
  it('folds the positions that follow a field edit into the same step', async () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap(), {
      layout: {
        follow: (before, after) =>
          after.actors.some(
            (a) =>
              a.id === IDS.mother && a.sphere !== before.actors.find((b) => b.id === a.id)?.sphere,
          )
            ? [{ actorId: IDS.mother, x: 300, y: 40 }]
            : [],
      },
    });
    store.updateActor(IDS.mother, { sphere: 'informal_secondary' });
    await store.whenSaved();
    expect(calls).toHaveLength(1);
    expect((calls[0]!.input as Edits).placements).toEqual([{ actorId: IDS.mother, x: 300, y: 40 }]);
    store.undo();
    expect(store.getSnapshot().placements).toContainEqual({ actorId: IDS.mother, x: 0, y: -130 });
    expect(store.getSnapshot().actors.find((a) => a.id === IDS.mother)?.sphere).toBe('primary');
  });

  it('lets an explicit placement of the gesture win over the following one', () => {
    const store = new MapStore(accepting().api, sampleMap(), {
      layout: { follow: () => [{ actorId: IDS.mother, x: 300, y: 40 }] },
    });
    store.edit({
      patchActors: [{ id: IDS.mother, patch: { sphere: 'informal_secondary' } }],
      placements: [{ actorId: IDS.mother, x: 7, y: 7 }],
    });
    expect(store.getSnapshot().placements).toContainEqual({ actorId: IDS.mother, x: 7, y: 7 });
  });
});

describe('MapStore and the case record', () => {
  it('renames the person with the case, as one step sent as cases.update, and undoes it', async () => {
    const { api, calls } = fakeApi({
      'cases.update': ({ id, patch }) => ({ ...sampleMap().case, id, ...patch }),
    });
    const store = new MapStore(api, sampleMap());
    store.updateCase({ pseudonym: 'Lina M.', birthYear: 2010 });
    const ego = () => store.getSnapshot().actors.find((a) => a.isEgo);
    expect(ego()?.name).toBe('Lina M.');
    expect(store.getSnapshot().case.birthYear).toBe(2010);
    store.undo();
    expect(ego()?.name).toBe('Lina');
    await store.whenSaved();
    expect(calls.map((c) => [c.op, (c.input as { patch: object }).patch])).toEqual([
      ['cases.update', { pseudonym: 'Lina M.', birthYear: 2010, referent: 'M. Durand' }],
      ['cases.update', { pseudonym: 'Lina', birthYear: 2009, referent: 'M. Durand' }],
    ]);
    expect(() => store.updateCase({ pseudonym: '' })).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('MapStore while names are hidden (read-only)', () => {
  it('refuses every change before touching the model, the history or the save queue', async () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap(), { readOnly: true, newId: ids(NEW_ID) });
    const before = store.getSnapshot();
    let notified = 0;
    store.subscribe(() => notified++);
    store.subscribeHistory(() => notified++);
    store.subscribeSave(() => notified++);
    const refused = expect.objectContaining({ code: 'pseudonymised' });
    expect(store.readOnly).toBe(true);
    expect(() =>
      store.edit({ patchActors: [{ id: IDS.mother, patch: { name: 'Mère' } }] }),
    ).toThrow(refused);
    expect(() => store.edit({ placements: [{ actorId: IDS.mother, x: 1, y: 2 }] })).toThrow(
      refused,
    );
    expect(() => store.addActor(INES, { closeness: 4 })).toThrow(refused);
    expect(() => store.addTie({ sourceId: IDS.mother, targetId: IDS.school })).toThrow(refused);
    expect(() => store.updateActor(IDS.mother, { name: 'Mère' })).toThrow(refused);
    expect(() => store.removeActor(IDS.mother)).toThrow(refused);
    expect(() => store.removeTie(IDS.tieMother)).toThrow(refused);
    expect(() => store.place([{ actorId: IDS.mother, x: 5, y: 5 }])).toThrow(refused);
    expect(() => store.updateCase({ pseudonym: 'L.' })).toThrow(refused);
    expect(() => store.undo()).toThrow(refused);
    expect(() => store.redo()).toThrow(refused);
    // The error is one the interface translates (errors.<code>), not a crash.
    expect(() => store.undo()).toThrow(MaillageError);

    expect(store.getSnapshot()).toBe(before);
    expect(store.getHistory()).toMatchObject({ canUndo: false, canRedo: false, undoDepth: 0 });
    expect(store.getSaveStatus()).toMatchObject({ state: 'saved', pending: 0 });
    await store.whenSaved();
    expect(calls).toEqual([]);
    expect(notified).toBe(0);
  });

  it('places unplaced actors for the screen only: nothing saved, nothing to undo', async () => {
    const { api, calls } = accepting();
    const unplaced = { ...sampleMap(), placements: [] };
    const store = new MapStore(api, unplaced, { readOnly: true });
    store.placeUnplaced();
    expect(store.getSnapshot().placements).toHaveLength(unplaced.actors.length);
    expect(store.getHistory().canUndo).toBe(false);
    await store.whenSaved();
    expect(calls).toEqual([]);
  });

  it('changes and saves as usual when not read-only', async () => {
    const { api, calls } = accepting();
    const store = new MapStore(api, sampleMap(), { readOnly: false });
    store.updateActor(IDS.mother, { name: 'Samia B.' });
    await store.whenSaved();
    expect(calls.map((c) => c.op)).toEqual(['map.applyEdits']);
  });
});
