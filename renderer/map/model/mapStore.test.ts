import { describe, expect, it } from 'vitest';
import { MaillageError } from '../../../shared/errors';
import { fakeApi } from '../../testing/fakeApi';
import { IDS, sampleMap } from '../../testing/sampleMap';
import { MapStore } from './mapStore';

const NEW_ID = '00000000-0000-4000-8000-0000000000f1';
const NEW_TIE_ID = '00000000-0000-4000-8000-0000000000f2';
const ids = (...list: string[]) => {
  const queue = [...list];
  return () => queue.shift() ?? crypto.randomUUID();
};

describe('MapStore.place', () => {
  it('saves the positions of several moved actors in one call', async () => {
    const { api, calls } = fakeApi({
      'placements.set': ({ placements }) => ({ count: placements.length }),
    });
    const store = new MapStore(api, sampleMap());
    await store.place([
      { actorId: IDS.mother, x: 10, y: 10 },
      { actorId: IDS.school, x: 20, y: 20 },
    ]);
    expect(calls.map((c) => c.op)).toEqual(['placements.set']);
    expect(store.getSnapshot().placements).toContainEqual({ actorId: IDS.school, x: 20, y: 20 });
  });

  it('puts the actors back where they were when the store refuses', async () => {
    const { api } = fakeApi({
      'placements.set': () => {
        throw new MaillageError('db_unavailable', 'disk gone');
      },
    });
    const store = new MapStore(api, sampleMap());
    const seen: number[] = [];
    store.subscribe(() =>
      seen.push(store.getSnapshot().placements.find((p) => p.actorId === IDS.mother)!.x),
    );
    await expect(store.place([{ actorId: IDS.mother, x: 99, y: 99 }])).rejects.toMatchObject({
      code: 'db_unavailable',
    });
    expect(seen).toEqual([99, 0]);
    expect(store.getSnapshot().placements).toContainEqual({ actorId: IDS.mother, x: 0, y: -130 });
  });
});

describe('MapStore.addActor', () => {
  it('adds an actor, its tie to the person and its place in one transaction', async () => {
    const loaded = sampleMap();
    const { api, calls } = fakeApi({
      'map.applyEdits': () => ({ applied: 3 }),
      'map.load': () => loaded,
    });
    const store = new MapStore(api, sampleMap(), ids(NEW_ID, NEW_TIE_ID));
    const fields = {
      kind: 'person',
      name: 'Inès',
      roleLabel: 'amie',
      sphere: 'primary',
      domain: 'friends',
    } as const;
    await store.addActor(fields, { closeness: 4, valence: 'supportive' });
    expect(calls.map((c) => c.op)).toEqual(['map.applyEdits', 'map.load']);
    const edits = calls[0]!.input as {
      upsertActors: { id: string; name: string }[];
      upsertTies: { id: string; sourceId: string; targetId: string; closeness: number }[];
      placements: { actorId: string; x: number; y: number }[];
    };
    expect(edits.upsertActors).toEqual([expect.objectContaining({ id: NEW_ID, name: 'Inès' })]);
    expect(edits.upsertTies).toEqual([
      expect.objectContaining({
        id: NEW_TIE_ID,
        sourceId: IDS.ego,
        targetId: NEW_ID,
        closeness: 4,
      }),
    ]);
    expect(edits.placements).toHaveLength(1);
    expect(edits.placements[0]!.actorId).toBe(NEW_ID);
  });

  it('adds an actor without a tie with a position, and shows it once the store agrees', async () => {
    const { api, calls } = fakeApi({
      'actors.add': (input) => ({
        actor: {
          ...input,
          id: input.id!,
          roleLabel: input.roleLabel ?? '',
          notes: '',
          placedBy: 'educator',
          isEgo: false,
          createdAt: '2025-01-02T00:00:00.000Z',
          updatedAt: '2025-01-02T00:00:00.000Z',
        },
        placement: input.position ? { actorId: input.id!, ...input.position } : null,
      }),
    });
    const store = new MapStore(api, sampleMap(), ids(NEW_ID));
    await store.addActor(
      {
        kind: 'organisation',
        name: 'Mission locale',
        roleLabel: '',
        sphere: 'formal_secondary',
        domain: 'employment',
      },
      null,
    );
    expect(calls.map((c) => c.op)).toEqual(['actors.add']);
    expect((calls[0]!.input as { position?: unknown }).position).toBeDefined();
    const data = store.getSnapshot();
    expect(data.actors.map((a) => a.name)).toContain('Mission locale');
    expect(data.placements.some((p) => p.actorId === NEW_ID)).toBe(true);
  });

  it('changes nothing when the store refuses', async () => {
    const { api } = fakeApi({});
    const store = new MapStore(api, sampleMap());
    const before = store.getSnapshot();
    await expect(
      store.addActor(
        { kind: 'person', name: 'X', roleLabel: '', sphere: 'primary', domain: 'family' },
        null,
      ),
    ).rejects.toMatchObject({ code: 'internal' });
    expect(store.getSnapshot()).toBe(before);
  });
});
