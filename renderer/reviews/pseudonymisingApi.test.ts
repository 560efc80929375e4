// While names are hidden, no answer carries a real name; writes that would put labels in place
// of names are refused before reaching the store; unknown operations are refused too.
import { describe, expect, it } from 'vitest';
import type { Op } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import { reviewsFr } from '../../shared/i18n/reviews-fr';
import { normaliseName } from '../../shared/snapshots/names';
import { idFor } from '../../shared/snapshots/testing';
import { fakeApi } from '../testing/fakeApi';
import { memoryReviews } from './memoryReviews';
import { pseudonymisingApi } from './pseudonymisingApi';

const REAL = [
  'Lina',
  'Durand',
  'Samia',
  'Benali',
  'Karim',
  'Anaïs',
  'Bertin',
  'Moulin',
  'Roux',
  'Club de foot',
];

function setup() {
  const store = memoryReviews();
  const { api, calls } = fakeApi(store.handlers);
  return { store, calls, api: pseudonymisingApi(api, reviewsFr.pseudonyms) };
}

const leaks = (value: unknown) => {
  const text = normaliseName(JSON.stringify(value));
  return REAL.filter((name) => text.includes(normaliseName(name)));
};

describe('the pseudonymising API', () => {
  it('answers the case list, the map and every snapshot without a real name', async () => {
    const { api, store } = setup();
    expect(leaks(await api['cases.list']({}))).toEqual([]);
    const map = await api['map.load']({ caseId: store.caseId });
    expect(leaks(map)).toEqual([]);
    expect(map.actors.map((a) => a.name)).toEqual([
      'L.',
      'Mère',
      'Père',
      'Établissement scolaire',
      'Club sportif',
      'Éd. ASE',
    ]);
    for (const s of await api['snapshots.list']({ caseId: store.caseId })) {
      expect(leaks(await api['snapshots.get']({ id: s.id }))).toEqual([]);
    }
  });

  it('gives each person the same label in every snapshot', async () => {
    const { api } = setup();
    const admission = await api['snapshots.get']({ id: idFor('snap:admission') });
    const june = await api['snapshots.get']({ id: idFor('snap:june') });
    const label = (data: typeof june.data, key: string) =>
      data.actors.find((a) => a.id === idFor(key))?.name;
    expect(label(admission.data, 'father')).toBe('Père');
    expect(label(june.data, 'father')).toBe('Père');
    expect(label(admission.data, 'friend')).toBe('Amie');
  });

  it('hides meeting notes', async () => {
    const { api, store } = setup();
    store.notes.push({
      id: crypto.randomUUID(),
      snapshotId: idFor('snap:june'),
      author: 'Mme Durand',
      text: 'Karim viendra au prochain bilan',
      createdAt: '2026-06-20T10:00:00.000Z',
    });
    expect(await api['snapshots.notes']({ snapshotId: idFor('snap:june') })).toEqual([]);
  });

  it('refuses edits that would write labels over names, and never sends them', async () => {
    const { api, calls } = setup();
    const refusals: Op[] = [
      'actors.update',
      'actors.add',
      'ties.update',
      'cases.update',
      'map.applyEdits',
      'snapshots.addNote',
    ];
    for (const op of refusals) {
      const call = api[op] as (input: unknown) => Promise<unknown>;
      await expect(call({})).rejects.toSatisfy(
        (error) => error instanceof MaillageError && error.code === 'pseudonymised',
      );
    }
    expect(calls.map((c) => c.op)).toEqual([]);
  });

  it('lets through what carries no name', async () => {
    const { api, store } = setup();
    const mapId = store.current().map.id;
    const placements = [{ actorId: idFor('club'), x: 1, y: 2 }];
    expect(await api['placements.set']({ mapId, placements })).toEqual({ count: 1 });
    expect(await api['reviews.get']({ caseId: store.caseId })).toMatchObject({ due: false });
  });
});
