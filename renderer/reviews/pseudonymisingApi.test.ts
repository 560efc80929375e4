// While names are hidden, no answer carries a real name; writes that would put labels in place
// of names are refused before reaching the store; unknown operations are refused too.
import { describe, expect, it } from 'vitest';
import type { MaillageApi, Op } from '../../shared/api/contract';
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

/** The host's exchange operations, recorded: exports make jobs, the rest answers plainly. */
function withExchange(api: MaillageApi) {
  const sent: { op: Op; input: unknown }[] = [];
  let jobs = 0;
  const host = <K extends Op>(op: K, answer: (input: unknown) => unknown) =>
    (async (input: unknown) => {
      sent.push({ op, input: structuredClone(input) });
      return answer(input);
    }) as unknown as MaillageApi[K];
  const exported = { state: 'exported', files: [] };
  const exchange: MaillageApi = {
    ...api,
    'exchange.exportStart': host('exchange.exportStart', () => ({
      jobId: idFor(`job:${jobs++}`),
    })),
    'exchange.job': host('exchange.job', () => exported),
    'exchange.cancel': host('exchange.cancel', () => ({ state: 'cancelled' })),
    'exchange.download': host('exchange.download', () => ({ data: '', last: true })),
    'exchange.uploadStart': host('exchange.uploadStart', () => ({
      uploadId: idFor('upload'),
      chunkBytes: 1024,
    })),
    'exchange.uploadChunk': host('exchange.uploadChunk', () => ({ receivedBytes: 0 })),
    'exchange.importStart': host('exchange.importStart', () => ({ jobId: idFor('import') })),
    'exchange.importConfirm': host('exchange.importConfirm', () => ({ jobId: idFor('import') })),
  };
  return { sent, exchange };
}

const isPseudonymised = (error: unknown) =>
  error instanceof MaillageError && error.code === 'pseudonymised';

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
      // Deleting a partnership is asked on a screen that shows its real title.
      'partnerships.delete',
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

  it('always asks the host for a pseudonymised export, even when the caller asks for names', async () => {
    const store = memoryReviews();
    const { sent, exchange } = withExchange(fakeApi(store.handlers).api);
    const api = pseudonymisingApi(exchange, reviewsFr.pseudonyms);
    const { jobId } = await api['exchange.exportStart']({
      caseId: store.caseId,
      format: 'json',
      pseudonymise: false,
    });
    expect(sent).toEqual([
      {
        op: 'exchange.exportStart',
        input: { caseId: store.caseId, format: 'json', pseudonymise: true },
      },
    ]);
    // Its own export job can be followed, downloaded and cancelled.
    expect(await api['exchange.job']({ jobId })).toEqual({ state: 'exported', files: [] });
    expect(await api['exchange.download']({ jobId, file: 0, index: 0 })).toEqual({
      data: '',
      last: true,
    });
    expect(await api['exchange.cancel']({ jobId })).toEqual({ state: 'cancelled' });
    expect(sent.map((s) => s.op)).toEqual([
      'exchange.exportStart',
      'exchange.job',
      'exchange.download',
      'exchange.cancel',
    ]);
  });

  it('refuses a job it did not start (an import preview carries real names)', async () => {
    const store = memoryReviews();
    const { sent, exchange } = withExchange(fakeApi(store.handlers).api);
    const api = pseudonymisingApi(exchange, reviewsFr.pseudonyms);
    // Started by the same host, but not through this API: an import, or a job from before.
    const foreign = (await exchange['exchange.importStart']({ files: [] })).jobId;
    sent.length = 0;
    await expect(api['exchange.job']({ jobId: foreign })).rejects.toSatisfy(isPseudonymised);
    await expect(api['exchange.cancel']({ jobId: foreign })).rejects.toSatisfy(isPseudonymised);
    await expect(api['exchange.download']({ jobId: foreign, file: 0, index: 0 })).rejects.toSatisfy(
      isPseudonymised,
    );
    // Another wrapper's export job is not this one's either.
    const other = pseudonymisingApi(exchange, reviewsFr.pseudonyms);
    const { jobId } = await other['exchange.exportStart']({
      caseId: store.caseId,
      format: 'csv',
      pseudonymise: true,
    });
    sent.length = 0;
    await expect(api['exchange.job']({ jobId })).rejects.toSatisfy(isPseudonymised);
    expect(sent).toEqual([]);
  });

  it('refuses every step of an import, and never sends it', async () => {
    const store = memoryReviews();
    const { sent, exchange } = withExchange(fakeApi(store.handlers).api);
    const api = pseudonymisingApi(exchange, reviewsFr.pseudonyms);
    const uploadId = idFor('upload');
    await expect(
      api['exchange.uploadStart']({ fileName: 'dossier.json', sizeBytes: 10 }),
    ).rejects.toSatisfy(isPseudonymised);
    await expect(api['exchange.uploadChunk']({ uploadId, index: 0, data: '' })).rejects.toSatisfy(
      isPseudonymised,
    );
    await expect(
      api['exchange.importStart']({ files: [{ uploadId, role: 'data' }] }),
    ).rejects.toSatisfy(isPseudonymised);
    await expect(api['exchange.importConfirm']({ jobId: idFor('import') })).rejects.toSatisfy(
      isPseudonymised,
    );
    expect(sent).toEqual([]);
  });
});
