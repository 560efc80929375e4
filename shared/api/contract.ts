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
/** What a store implements: synchronous, validated input in, plain values out. */
export type StoreHandlers = { [K in Op]: (input: ParsedInput<K>) => Output<K> };

export function isOp(name: unknown): name is Op {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
