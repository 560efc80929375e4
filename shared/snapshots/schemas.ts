// The shapes of reviews over time (issue 6): a snapshot freezes a case's current map on a date
// under a label ("Bilan de mars", "Admission") and never changes afterwards; meeting notes are
// attached to a snapshot with their author and time; a case may carry the date of its next
// review. The operations themselves are listed in shared/api/contract.ts with the others.
import { z } from 'zod';
import { Id, LIMITS, MapData, Name, Timestamp } from '../model';
import { IsoDate } from '../api/security';

/** A snapshot as the timeline lists it, without its map. */
export const SnapshotSummary = z.object({
  id: Id,
  caseId: Id,
  label: Name,
  /** The day of the review (YYYY-MM-DD), chosen by the user; never after the day it was taken. */
  takenOn: IsoDate,
  createdAt: Timestamp,
  /** Actors around the person (the person excluded) and ties, as the case list counts them. */
  actorCount: z.int().min(0),
  tieCount: z.int().min(0),
  noteCount: z.int().min(0),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;

/** A snapshot with its frozen map. */
export const Snapshot = SnapshotSummary.extend({ data: MapData });
export type Snapshot = z.infer<typeof Snapshot>;

const NoteText = z.string().trim().min(1).max(LIMITS.notes);

export const SnapshotNote = z.object({
  id: Id,
  snapshotId: Id,
  /** Who wrote it: the name of the local profile, typed by the user. */
  author: Name,
  text: NoteText,
  createdAt: Timestamp,
});
export type SnapshotNote = z.infer<typeof SnapshotNote>;

/** When the case's next review is planned, and whether that day has come. */
export const ReviewSchedule = z.object({
  caseId: Id,
  nextReviewOn: IsoDate.nullable(),
  due: z.boolean(),
});
export type ReviewSchedule = z.infer<typeof ReviewSchedule>;

export const SnapshotTakeInput = z
  .object({
    caseId: Id,
    label: Name,
    takenOn: IsoDate,
    /** Sets (or clears, with null) the next review in the same transaction. */
    nextReviewOn: IsoDate.nullable().optional(),
  })
  .strict();

export const SnapshotNoteInput = z
  .object({ snapshotId: Id, author: Name, text: NoteText })
  .strict();

export const ReviewScheduleInput = z
  .object({ caseId: Id, nextReviewOn: IsoDate.nullable() })
  .strict();
