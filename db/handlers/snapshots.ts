// Reviews over time: take a snapshot of a case's current map, list and read snapshots, attach
// meeting notes, plan the next review, and start a new review from a snapshot. Nothing here
// changes a snapshot once taken (the tables' triggers would refuse it anyway).
import type { StoreHandlers } from '../../shared/api/contract';
import { MaillageError } from '../../shared/errors';
import { MapData } from '../../shared/model';
import { editsToRestore } from '../../shared/snapshots/restore';
import type { ReviewSchedule, Snapshot } from '../../shared/snapshots/schemas';
import type { StoreContext } from './context';
import { requireCase } from './lookups';
import { mapHandlers } from './map';

type SnapshotHandlers = Pick<
  StoreHandlers,
  | 'snapshots.take'
  | 'snapshots.list'
  | 'snapshots.get'
  | 'snapshots.addNote'
  | 'snapshots.notes'
  | 'reviews.get'
  | 'reviews.schedule'
  | 'map.startFromSnapshot'
>;

export function snapshotHandlers(ctx: StoreContext): SnapshotHandlers {
  const { repos } = ctx;
  const maps = mapHandlers(ctx);

  const currentMap = (caseId: string): MapData =>
    maps['map.load']({ caseId, kind: 'current' }) as MapData;

  const requireSnapshot = (id: string): Snapshot => {
    const summary = repos.snapshots.summary(id);
    const text = repos.snapshots.dataOf(id);
    if (!summary || text === undefined) {
      throw new MaillageError('not_found', `No snapshot with id ${id}.`);
    }
    // A frozen map is read back through the model's schema: a damaged row is reported, never shown.
    const data = MapData.safeParse(parseJson(text));
    if (!data.success) {
      throw new MaillageError('db_corrupt', `Snapshot ${id} does not hold a valid map.`);
    }
    return { ...summary, data: data.data };
  };

  const scheduleOf = (caseId: string): ReviewSchedule => {
    const nextReviewOn = repos.snapshots.nextReviewOf(caseId);
    if (nextReviewOn === undefined) throw new MaillageError('not_found', `No case ${caseId}.`);
    return { caseId, nextReviewOn, due: nextReviewOn !== null && nextReviewOn <= ctx.today() };
  };

  const setSchedule = (caseId: string, day: string | null) => {
    if (repos.snapshots.nextReviewOf(caseId) === day) return;
    repos.snapshots.setNextReview(caseId, day);
    ctx.audit({ caseId, entity: 'case', entityId: caseId, action: 'update' });
  };

  return {
    'snapshots.take': ({ caseId, label, takenOn, nextReviewOn }) =>
      ctx.write(() => {
        requireCase(repos, caseId);
        // The user's today may be a day ahead of the store's UTC today (east of Greenwich).
        if (takenOn > dayAfter(ctx.today())) {
          throw new MaillageError('invalid_input', 'A snapshot cannot be dated in the future.', [
            { path: 'takenOn', issue: 'out_of_range' },
          ]);
        }
        const data = currentMap(caseId);
        const id = ctx.newId();
        repos.snapshots.insert({
          id,
          caseId,
          label,
          takenOn,
          createdAt: ctx.now(),
          actorCount: data.actors.filter((a) => !a.isEgo).length,
          tieCount: data.ties.length,
          data,
        });
        ctx.audit({ caseId, entity: 'snapshot', entityId: id, action: 'create' });
        if (nextReviewOn !== undefined) setSchedule(caseId, nextReviewOn);
        const summary = repos.snapshots.summary(id);
        if (!summary) throw new Error(`Snapshot ${id} vanished after insertion`);
        return summary;
      }),

    'snapshots.list': ({ caseId }) =>
      ctx.read(() => {
        requireCase(repos, caseId);
        return repos.snapshots.listByCase(caseId);
      }),

    'snapshots.get': ({ id }) => ctx.read(() => requireSnapshot(id)),

    'snapshots.addNote': ({ snapshotId, author, text }) =>
      ctx.write(() => {
        const snapshot = repos.snapshots.summary(snapshotId);
        if (!snapshot) throw new MaillageError('not_found', `No snapshot with id ${snapshotId}.`);
        const note = { id: ctx.newId(), snapshotId, author, text, createdAt: ctx.now() };
        repos.snapshots.insertNote(note);
        ctx.audit({
          caseId: snapshot.caseId,
          entity: 'meeting_note',
          entityId: note.id,
          action: 'create',
        });
        return note;
      }),

    'snapshots.notes': ({ snapshotId }) =>
      ctx.read(() => {
        if (!repos.snapshots.summary(snapshotId)) {
          throw new MaillageError('not_found', `No snapshot with id ${snapshotId}.`);
        }
        return repos.snapshots.notesOf(snapshotId);
      }),

    'reviews.get': ({ caseId }) => ctx.read(() => scheduleOf(caseId)),

    'reviews.schedule': ({ caseId, nextReviewOn }) =>
      ctx.write(() => {
        requireCase(repos, caseId);
        setSchedule(caseId, nextReviewOn);
        return scheduleOf(caseId);
      }),

    'map.startFromSnapshot': ({ snapshotId }) =>
      ctx.write(() => {
        const snapshot = requireSnapshot(snapshotId);
        const edits = editsToRestore(currentMap(snapshot.caseId), snapshot.data);
        // applyEdits runs inside this transaction (a savepoint): all of it or nothing.
        maps['map.applyEdits'](edits);
        ctx.audit({
          caseId: snapshot.caseId,
          entity: 'snapshot',
          entityId: snapshotId,
          action: 'restore',
        });
        return currentMap(snapshot.caseId);
      }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The day after a YYYY-MM-DD date. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
