// The one API contract between the renderer and the store. Preload, Electron main, the
// browser-mode server and the renderer all use it; the receiving side validates every input.
import { z } from 'zod';
import {
  Actor,
  ActorFields,
  BirthYear,
  CaseRecord,
  CaseSummary,
  Id,
  Label,
  LIMITS,
  MapData,
  MapKind,
  Name,
  Placement,
  Tie,
  TieFields,
} from '../model';
import {
  AuditEntry,
  AuditExport,
  BackupId,
  BackupInfo,
  CaseRetention,
  FolderPath,
  IsoDate,
  Passphrase,
  SessionStatus,
  Settings,
} from './security';
import { partnershipOps } from '../partnerships/ops';
import { EXCHANGE_OPS, exchangeOps } from '../exchange/ops';
import {
  ReviewSchedule,
  ReviewScheduleInput,
  Snapshot,
  SnapshotNote,
  SnapshotNoteInput,
  SnapshotSummary,
  SnapshotTakeInput,
} from '../snapshots/schemas';

const Position = z.object({ x: Placement.shape.x, y: Placement.shape.y }).strict();

export const CaseCreateInput = z
  .object({
    id: Id.optional(),
    pseudonym: Name,
    birthYear: BirthYear.nullable().default(null),
    referent: Label.default(''),
  })
  .strict();

export const CasePatch = z
  .object({ pseudonym: Name, birthYear: BirthYear.nullable(), referent: Label })
  .partial()
  .strict();

export const ActorAddInput = ActorFields.partial({ roleLabel: true, notes: true, placedBy: true })
  .extend({ id: Id.optional(), mapId: Id, position: Position.optional() })
  .strict();

export const TieAddInput = TieFields.partial()
  .extend({ id: Id.optional(), mapId: Id, sourceId: Id, targetId: Id })
  .strict()
  .refine((t) => t.sourceId !== t.targetId, {
    message: 'A tie joins two different actors',
    path: ['targetId'],
  });

/** A full actor or tie state, as undo and redo replay them. */
export const ActorWrite = ActorFields.extend({ id: Id }).strict();
export const TieWrite = TieFields.extend({ id: Id, sourceId: Id, targetId: Id }).strict();

export const EditsInput = z
  .object({
    mapId: Id,
    removeTieIds: z.array(Id).max(LIMITS.editsPerBatch).default([]),
    removeActorIds: z.array(Id).max(LIMITS.editsPerBatch).default([]),
    upsertActors: z.array(ActorWrite).max(LIMITS.editsPerBatch).default([]),
    upsertTies: z.array(TieWrite).max(LIMITS.editsPerBatch).default([]),
    placements: z.array(Placement).max(LIMITS.placementsPerBatch).default([]),
  })
  .strict();

const ById = z.object({ id: Id }).strict();
const Nothing = z.object({}).strict();
const patchOf = <T extends z.ZodRawShape>(fields: z.ZodObject<T>) =>
  z.object({ id: Id, patch: fields.partial().strict() }).strict();

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'cases.list': op(z.object({}).strict(), z.array(CaseSummary)),
  'cases.create': op(CaseCreateInput, CaseSummary),
  'cases.update': op(z.object({ id: Id, patch: CasePatch }).strict(), CaseRecord),
  'cases.delete': op(ById, z.object({ deleted: z.literal(true) })),
  'map.load': op(z.object({ caseId: Id, kind: MapKind.default('current') }).strict(), MapData),
  'actors.add': op(ActorAddInput, z.object({ actor: Actor, placement: Placement.nullable() })),
  'actors.update': op(patchOf(ActorFields), Actor),
  'actors.remove': op(ById, z.object({ removedTieIds: z.array(Id) })),
  'ties.add': op(TieAddInput, Tie),
  'ties.update': op(patchOf(TieFields), Tie),
  'ties.remove': op(ById, z.object({ removed: z.literal(true) })),
  'placements.set': op(
    z
      .object({ mapId: Id, placements: z.array(Placement).min(1).max(LIMITS.placementsPerBatch) })
      .strict(),
    z.object({ count: z.int() }),
  ),
  /** Several edits of one map in one transaction: one user gesture, or one undo/redo step. */
  'map.applyEdits': op(EditsInput, z.object({ applied: z.int() })),
  /**
   * "The network I would like": a second map of the case, started as a copy of the current one
   * (actors, ties, positions) in one transaction. `conflict` if the case already has one.
   */
  'map.createWished': op(z.object({ caseId: Id }).strict(), MapData),

  // Data protection (issue 5). The session ops and the backups are served by the host's vault,
  // the others by the store; every store op answers 'locked' while the data are locked.
  'session.status': op(Nothing, SessionStatus),
  /** First launch: creates the data key, wrapped by a key derived from the passphrase. */
  'session.setup': op(z.object({ passphrase: Passphrase }).strict(), SessionStatus),
  'session.unlock': op(
    z.object({ passphrase: z.string().min(1).max(1024) }).strict(),
    SessionStatus,
  ),
  /** Drops the key from memory and closes the data. */
  'session.lock': op(Nothing, SessionStatus),
  /** Re-wraps the same data key with a key derived from the new passphrase. */
  'session.changePassphrase': op(
    z.object({ current: z.string().min(1).max(1024), next: Passphrase }).strict(),
    z.object({ changed: z.literal(true) }),
  ),
  'settings.get': op(Nothing, Settings),
  'settings.set': op(Settings.partial().strict(), Settings),
  /** Newest first. */
  'backups.list': op(Nothing, z.array(BackupInfo)),
  'backups.create': op(Nothing, BackupInfo),
  /** Replaces the data with a backup, after a backup of the current data. */
  'backups.restore': op(z.object({ id: BackupId }).strict(), SessionStatus),
  /** A backup and a copy of the key file (still locked by the passphrase) in a chosen folder. */
  'backups.exportTo': op(
    z.object({ folder: FolderPath }).strict(),
    z.object({ file: z.string(), keyFile: z.string(), sizeBytes: z.int() }),
  ),
  /** The journal of one case, oldest first. */
  'audit.list': op(z.object({ caseId: Id }).strict(), z.array(AuditEntry)),
  /** The journal of one case as a JSON document (the right of access). */
  'audit.export': op(z.object({ caseId: Id }).strict(), AuditExport),
  /** Closes a case on a date (null reopens it); its retention period starts then. */
  'cases.close': op(
    z.object({ id: Id, closedOn: IsoDate.nullable() }).strict(),
    CaseRetention.nullable(),
  ),
  /** The closed cases, with the date from which erasure is proposed. */
  'retention.list': op(Nothing, z.array(CaseRetention)),
  /** Erases a closed case for good; only an audit line without personal data remains. */
  'cases.erase': op(ById, z.object({ erased: z.literal(true) })),

  // Reviews over time (issue 6). A snapshot is immutable: there is no operation to change or
  // delete one (only deleting or erasing its case removes it).
  /** Freezes the case's current map under a label and a date. */
  'snapshots.take': op(SnapshotTakeInput, SnapshotSummary),
  /** The case's snapshots, oldest review first. */
  'snapshots.list': op(z.object({ caseId: Id }).strict(), z.array(SnapshotSummary)),
  'snapshots.get': op(ById, Snapshot),
  'snapshots.addNote': op(SnapshotNoteInput, SnapshotNote),
  /** A snapshot's meeting notes, oldest first. */
  'snapshots.notes': op(z.object({ snapshotId: Id }).strict(), z.array(SnapshotNote)),
  'reviews.get': op(z.object({ caseId: Id }).strict(), ReviewSchedule),
  'reviews.schedule': op(ReviewScheduleInput, ReviewSchedule),
  /** A new review starts from a snapshot: the current map becomes the snapshot's, in one step. */
  'map.startFromSnapshot': op(z.object({ snapshotId: Id }).strict(), MapData),

  // The service's address book, partnerships and network (issue 7): shared/partnerships/ops.ts.
  ...partnershipOps,

  // Exchange (issue 8): export and import files, jobs with progress: shared/exchange/ops.ts.
  ...exchangeOps,
} as const;

export type Contract = typeof contract;
export type Op = keyof Contract;
export const OPS = Object.keys(contract) as Op[];
/** What a caller may send (defaults not yet applied). */
export type Input<K extends Op> = z.input<Contract[K]['input']>;
/** What the receiving side works with, after validation and defaults. */
export type ParsedInput<K extends Op> = z.output<Contract[K]['input']>;
export type Output<K extends Op> = z.output<Contract[K]['output']>;

/** The client the renderer uses, whatever carries the calls. */
export type MaillageApi = { [K in Op]: (input: Input<K>) => Promise<Output<K>> };
/** The operations the host's vault serves itself; the store serves all the others. */
export const HOST_OPS = [
  'session.status',
  'session.setup',
  'session.unlock',
  'session.lock',
  'session.changePassphrase',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.exportTo',
  // Files and long jobs beside the vault, which makes the backup every import needs.
  ...EXCHANGE_OPS,
] as const satisfies readonly Op[];
export type HostOp = (typeof HOST_OPS)[number];
export type StoreOp = Exclude<Op, HostOp>;
export const STORE_OPS = OPS.filter(
  (op): op is StoreOp => !(HOST_OPS as readonly Op[]).includes(op),
);

/** What a store implements: synchronous, validated input in, plain values out. */
export type StoreHandlers = { [K in StoreOp]: (input: ParsedInput<K>) => Output<K> };
/** What a host serves: every operation, some of them asynchronous (key derivation, files). */
export type ApiHandlers = {
  [K in Op]: (input: ParsedInput<K>) => Output<K> | Promise<Output<K>>;
};

export function isOp(name: unknown): name is Op {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
