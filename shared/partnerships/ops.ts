// The operations of issue 7, spread into the contract (shared/api/contract.ts): the address
// book, the link between a map's actor and an entry, partnerships, evaluations, the service's
// network. Same shape as the contract's own: { input, output } zod schemas per operation.
//
// The actor link is a separate table (actor_directory_links), not a field of the actor: the
// map's gestures, undo and redo never carry it, and deleting an entry unlinks its actors (they
// stay in their maps). Undoing an actor's removal brings the actor back unlinked.
import { z } from 'zod';
import { Id, Name } from '../model';
import {
  DirectoryEntry,
  DirectoryEntryFields,
  DirectoryEntrySummary,
  DirectoryUsage,
  DueEvaluation,
  Evaluation,
  EvaluationFieldsObject,
  IsoDate,
  NO_FORMALISATION,
  Partnership,
  PartnershipFieldsObject,
  PartnershipSummary,
  PARTNERSHIP_LIMITS,
  refineEvaluation,
  refinePartnership,
  StepNumber,
  StepRecord,
  UNCHECKED_PRINCIPLES,
} from './model';
import { ServiceNetwork } from './network';

const op = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const ById = z.object({ id: Id }).strict();
const Nothing = z.object({}).strict();

/** Creating an entry whose name is already in the book needs `allowDuplicate` (after a warning). */
export const DirectoryCreateInput = DirectoryEntryFields.partial({
  address: true,
  contacts: true,
  notes: true,
})
  .extend({ id: Id.optional(), allowDuplicate: z.boolean().default(false) })
  .strict();

export const DirectoryUpdateInput = z
  .object({
    id: Id,
    patch: DirectoryEntryFields.partial().strict(),
    allowDuplicate: z.boolean().default(false),
  })
  .strict();

const partnershipDefaults = {
  need: '',
  caseIds: [],
  objectives: [],
  partners: [],
  status: 'building',
  plannedEndOn: null,
  evaluationsPerYear: PARTNERSHIP_LIMITS.evaluationsPerYear.default,
} as const;

export const PartnershipCreateInput = PartnershipFieldsObject.extend({
  id: Id.optional(),
  need: PartnershipFieldsObject.shape.need.default(partnershipDefaults.need),
  caseIds: PartnershipFieldsObject.shape.caseIds.default([]),
  objectives: PartnershipFieldsObject.shape.objectives.default([]),
  partners: PartnershipFieldsObject.shape.partners.default([]),
  principles: PartnershipFieldsObject.shape.principles.default(UNCHECKED_PRINCIPLES),
  formalisation: PartnershipFieldsObject.shape.formalisation.default(NO_FORMALISATION),
  plannedEndOn: PartnershipFieldsObject.shape.plannedEndOn.default(null),
  status: PartnershipFieldsObject.shape.status.default('building'),
  evaluationsPerYear: PartnershipFieldsObject.shape.evaluationsPerYear.default(
    partnershipDefaults.evaluationsPerYear,
  ),
})
  .strict()
  .superRefine(refinePartnership);

export const PartnershipUpdateInput = z
  .object({
    id: Id,
    patch: PartnershipFieldsObject.partial().strict().superRefine(refinePartnership),
  })
  .strict();

export const PartnershipEndInput = z.object({ id: Id, endedOn: IsoDate, reason: Name }).strict();

export const SetStepInput = z
  .object({
    partnershipId: Id,
    step: StepNumber,
    done: z.boolean(),
    doneOn: IsoDate.nullable().default(null),
    comment: StepRecord.shape.comment.default(''),
  })
  .strict();

export const EvaluationAddInput = EvaluationFieldsObject.extend({
  id: Id.optional(),
  partnershipId: Id,
  notes: EvaluationFieldsObject.shape.notes.default(''),
  /** Omitted: the store proposes the date from the partnership's rhythm. */
  nextOn: EvaluationFieldsObject.shape.nextOn.optional(),
})
  .strict()
  .superRefine((value, ctx) =>
    refineEvaluation({ heldOn: value.heldOn, nextOn: value.nextOn ?? null }, ctx),
  );

export const ActorDirectoryLink = z.object({
  entry: DirectoryEntrySummary.nullable(),
  partnerships: z.array(PartnershipSummary),
});

export const partnershipOps = {
  /** The address book, by name. */
  'directory.list': op(Nothing, z.array(DirectoryEntrySummary)),
  /** Quick search: every word typed starts a word of the name, a contact or the address. */
  'directory.search': op(
    z
      .object({
        query: z.string().max(200),
        limit: z.int().min(1).max(PARTNERSHIP_LIMITS.searchResults).default(8),
      })
      .strict(),
    z.array(DirectoryEntrySummary),
  ),
  /** Entries whose name reads the same as `name` (the duplicate warning, as one types). */
  'directory.similar': op(
    z.object({ name: z.string().max(200), exceptId: Id.optional() }).strict(),
    z.array(DirectoryEntrySummary),
  ),
  'directory.create': op(DirectoryCreateInput, DirectoryEntry),
  'directory.update': op(DirectoryUpdateInput, DirectoryEntry),
  /** What deleting the entry would change; the UI shows it before asking. */
  'directory.usage': op(ById, DirectoryUsage),
  /** Unlinks the entry's actors (they stay in their maps), removes it from partnerships. */
  'directory.delete': op(
    ById,
    z.object({
      deleted: z.literal(true),
      unlinkedActors: z.int().min(0),
      removedFromPartnerships: z.int().min(0),
    }),
  ),
  /** Links a map's actor to an entry, or unlinks it (null). */
  'actors.linkDirectory': op(
    z.object({ actorId: Id, entryId: Id.nullable() }).strict(),
    z.object({ actorId: Id, entryId: Id.nullable() }),
  ),
  /** The actor's entry and the partnerships that entry takes part in. */
  'actors.directoryLink': op(z.object({ actorId: Id }).strict(), ActorDirectoryLink),
  /** The links of one map's actors (actor id → entry id). */
  'directory.linksOfMap': op(
    z.object({ mapId: Id }).strict(),
    z.array(z.object({ actorId: Id, entryId: Id })),
  ),
  'partnerships.list': op(Nothing, z.array(PartnershipSummary)),
  'partnerships.get': op(ById, Partnership),
  'partnerships.create': op(PartnershipCreateInput, Partnership),
  'partnerships.update': op(PartnershipUpdateInput, Partnership),
  /** Records the end and its reason; the partners stay in the address book. */
  'partnerships.end': op(PartnershipEndInput, Partnership),
  /**
   * Deletes a partnership created by mistake, with what belongs to it alone (partners' roles,
   * case links, steps, evaluations), in one transaction. The address book's entries and the
   * cases stay.
   */
  'partnerships.delete': op(ById, z.object({ deleted: z.literal(true) })),
  /** One of Dhume's 19 steps: done or not, when, a comment. */
  'partnerships.setStep': op(SetStepInput, StepRecord),
  'partnerships.addEvaluation': op(EvaluationAddInput, Evaluation),
  /** Open partnerships' next evaluations, the soonest first. */
  'evaluations.due': op(Nothing, z.array(DueEvaluation)),
  /** Everything the service's map and its analytics need. */
  'network.service': op(Nothing, ServiceNetwork),
} as const;
