// The review operations of the store, in memory, for the reviews screens' tests: Lina's three
// reviews of shared/snapshots/fixture.ts, the June map as the current map, and a review due.
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import type { MapData } from '../../shared/model';
import { reviewMaps } from '../../shared/snapshots/fixture';
import type { Snapshot, SnapshotNote, SnapshotSummary } from '../../shared/snapshots/schemas';
import { idFor } from '../../shared/snapshots/testing';

type ReviewHandlers = Pick<
  StoreHandlers,
  | 'cases.list'
  | 'map.load'
  | 'snapshots.take'
  | 'snapshots.list'
  | 'snapshots.get'
  | 'snapshots.addNote'
  | 'snapshots.notes'
  | 'reviews.get'
  | 'reviews.schedule'
  | 'map.startFromSnapshot'
  | 'actors.update'
  | 'placements.set'
>;

const summaryOf = (id: string, label: string, takenOn: string, data: MapData): Snapshot => ({
  id,
  caseId: data.case.id,
  label,
  takenOn,
  createdAt: `${takenOn}T10:00:00.000Z`,
  actorCount: data.actors.length - 1,
  tieCount: data.ties.length,
  noteCount: 0,
  data,
});

export function memoryReviews(options: { nextReviewOn?: string | null; due?: boolean } = {}) {
  const maps = reviewMaps();
  const caseId = maps.june.case.id;
  let current = maps.june;
  const snapshots: Snapshot[] = [
    summaryOf(idFor('snap:admission'), 'Admission', '2026-01-10', maps.admission),
    summaryOf(idFor('snap:march'), 'Bilan de mars', '2026-03-12', maps.march),
    summaryOf(idFor('snap:june'), 'Bilan de juin', '2026-06-20', maps.june),
  ];
  const notes: SnapshotNote[] = [];
  let schedule = {
    caseId,
    nextReviewOn: options.nextReviewOn ?? null,
    due: options.due ?? false,
  };
  const find = (id: string) => {
    const found = snapshots.find((s) => s.id === id);
    if (!found) throw new MaillageError('not_found', `No snapshot with id ${id}.`);
    return found;
  };
  const summary = (s: Snapshot): SnapshotSummary => {
    const { data: _data, ...rest } = s;
    return { ...rest, noteCount: notes.filter((n) => n.snapshotId === s.id).length };
  };
  const handlers: ReviewHandlers = {
    'cases.list': () => [
      {
        ...current.case,
        actorCount: current.actors.length - 1,
        tieCount: current.ties.length,
        currentMapId: current.map.id,
      },
    ],
    'map.load': () => current,
    'snapshots.take': (input) => {
      const taken = summaryOf(crypto.randomUUID(), input.label, input.takenOn, current);
      snapshots.push(taken);
      if (input.nextReviewOn !== undefined) {
        schedule = { caseId, nextReviewOn: input.nextReviewOn, due: false };
      }
      return summary(taken);
    },
    'snapshots.list': () => snapshots.map(summary),
    'snapshots.get': ({ id }) => ({ ...summary(find(id)), data: find(id).data }),
    'snapshots.addNote': (input) => {
      find(input.snapshotId);
      const note = { ...input, id: crypto.randomUUID(), createdAt: '2026-06-20T10:30:00.000Z' };
      notes.push(note);
      return note;
    },
    'snapshots.notes': ({ snapshotId }) => notes.filter((n) => n.snapshotId === snapshotId),
    'reviews.get': () => schedule,
    'reviews.schedule': ({ nextReviewOn }) => {
      schedule = { caseId, nextReviewOn, due: false };
      return schedule;
    },
    'map.startFromSnapshot': ({ snapshotId }) => {
      current = find(snapshotId).data;
      return current;
    },
    'actors.update': () => {
      throw new MaillageError('internal', 'not reached in these tests');
    },
    'placements.set': ({ placements }) => ({ count: placements.length }),
  };
  return { handlers, caseId, snapshots, notes, current: () => current };
}
