// The service's network and its partnerships (issue 7), as zod schemas: the address book
// (carnet d'adresses) shared by all cases, partnerships bound to a project, their construction
// (Dhume's 19 steps), each partner's place in the translation ladder (Callon, Latour) and their
// evaluations. The words follow ../DOMAIN.md, "Network vs partnership".
import { z } from 'zod';
import { ActorKind, Domain, Id, Label, Name, Notes, Sphere, Timestamp } from '../model';

export const IsoDate = z.iso.date();

export const PARTNERSHIP_LIMITS = {
  contacts: 30,
  address: 500,
  phone: 40,
  comment: 2_000,
  documentPath: 1_000,
  objectives: 50,
  partners: 100,
  cases: 200,
  evaluationsPerYear: { min: 1, max: 12, default: 3 },
  searchResults: 50,
} as const;

/** A field issue that a refinement names itself (see fieldIssuesFromZod in shared/errors.ts). */
const issueParams = (issue: 'end_before_start' | 'duplicate' | 'invalid') => ({ issue });

// ——— The address book ———

const Phone = z
  .string()
  .trim()
  .max(PARTNERSHIP_LIMITS.phone)
  .regex(/^[0-9+().\s/-]*$/);
const Email = z
  .string()
  .trim()
  .max(200)
  .refine((text) => text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text));

/** A named person of an organisation, with how to reach them. */
export const DirectoryContact = z
  .object({ name: Name, role: Label, phone: Phone, email: Email })
  .strict();
export type DirectoryContact = z.infer<typeof DirectoryContact>;

export const DirectoryEntryFields = z
  .object({
    name: Name,
    kind: ActorKind,
    sphere: Sphere,
    domain: Domain,
    address: z.string().trim().max(PARTNERSHIP_LIMITS.address),
    contacts: z.array(DirectoryContact).max(PARTNERSHIP_LIMITS.contacts),
    notes: Notes,
  })
  .strict();
export type DirectoryEntryFields = z.infer<typeof DirectoryEntryFields>;

export const DirectoryEntry = DirectoryEntryFields.extend({
  id: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

/** An entry with how much the service uses it: cases whose map holds it, partnerships. */
export const DirectoryEntrySummary = DirectoryEntry.extend({
  caseCount: z.int().min(0),
  partnershipCount: z.int().min(0),
});
export type DirectoryEntrySummary = z.infer<typeof DirectoryEntrySummary>;

// ——— Partnerships ———

/** 'ended' is reached only by recording the end (partnerships.end), with its reason. */
export const PARTNERSHIP_STATUSES = ['building', 'active', 'suspended', 'ended'] as const;
export const OPEN_STATUSES = ['building', 'active', 'suspended'] as const;
export const PartnershipStatus = z.enum(PARTNERSHIP_STATUSES);
export type PartnershipStatus = z.infer<typeof PartnershipStatus>;

/** The five principles of partnership action (the SAVS seed). */
export const PRINCIPLES = [
  'mutual_interest',
  'equality',
  'autonomy',
  'cooperation',
  'evaluation',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const FORMALISATIONS = ['none', 'convention', 'contract'] as const;

/** Sociology of translation (Callon, Latour): where a partner stands in the project. */
export const TRANSLATION_STAGES = [
  'problematisation',
  'interessement',
  'enrolment',
  'mobilisation',
] as const;
export const TranslationStage = z.enum(TRANSLATION_STAGES);
export type TranslationStage = z.infer<typeof TranslationStage>;

const Comment = z.string().trim().max(PARTNERSHIP_LIMITS.comment);

export const Objective = z
  .object({
    id: Id,
    /** What the partners mean to achieve together. */
    text: Name,
    /** How the partners will know: an objective is measurable. */
    indicator: Name,
  })
  .strict();
export type Objective = z.infer<typeof Objective>;

export const PartnerRef = z.object({ entryId: Id, role: Label, stage: TranslationStage }).strict();
export type PartnerRef = z.infer<typeof PartnerRef>;

const PrincipleCheck = z.object({ checked: z.boolean(), comment: Comment }).strict();
export const Principles = z
  .object(
    Object.fromEntries(PRINCIPLES.map((p) => [p, PrincipleCheck])) as {
      [K in Principle]: typeof PrincipleCheck;
    },
  )
  .strict();
export type Principles = z.infer<typeof Principles>;

export const Formalisation = z
  .object({
    kind: z.enum(FORMALISATIONS),
    signedOn: IsoDate.nullable(),
    reference: Label,
    /** Where the signed document is kept (a path on the service's drive); never opened here. */
    documentPath: z.string().trim().max(PARTNERSHIP_LIMITS.documentPath),
  })
  .strict();
export type Formalisation = z.infer<typeof Formalisation>;

export const NO_FORMALISATION: Formalisation = {
  kind: 'none',
  signedOn: null,
  reference: '',
  documentPath: '',
};
export const UNCHECKED_PRINCIPLES = Object.fromEntries(
  PRINCIPLES.map((p) => [p, { checked: false, comment: '' }]),
) as Principles;

export const PartnershipFieldsObject = z.object({
  /** The project the partnership exists for: "in this project we are in partnership with…". */
  title: Name,
  /** From a lack to the need for others (Dhume's first step). */
  need: Notes,
  caseIds: z.array(Id).max(PARTNERSHIP_LIMITS.cases),
  objectives: z.array(Objective).max(PARTNERSHIP_LIMITS.objectives),
  partners: z.array(PartnerRef).max(PARTNERSHIP_LIMITS.partners),
  principles: Principles,
  formalisation: Formalisation,
  startOn: IsoDate,
  plannedEndOn: IsoDate.nullable(),
  status: z.enum(OPEN_STATUSES),
  evaluationsPerYear: z
    .int()
    .min(PARTNERSHIP_LIMITS.evaluationsPerYear.min)
    .max(PARTNERSHIP_LIMITS.evaluationsPerYear.max),
});
export type PartnershipFields = z.infer<typeof PartnershipFieldsObject>;

type DatesAndLists = Partial<
  Pick<PartnershipFields, 'startOn' | 'plannedEndOn' | 'partners' | 'objectives' | 'caseIds'>
>;

/** Checks what a single field cannot: the end after the start, no partner or case twice. */
export function refinePartnership(value: DatesAndLists, ctx: z.RefinementCtx): void {
  if (value.startOn && value.plannedEndOn && value.plannedEndOn < value.startOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['plannedEndOn'],
      message: 'The planned end comes before the start',
      params: issueParams('end_before_start'),
    });
  }
  const repeated = (ids: readonly string[], field: string, key?: string) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: key ? [field, index, key] : [field, index],
          message: `Listed twice: ${id}`,
          params: issueParams('duplicate'),
        });
      }
    });
  };
  if (value.partners)
    repeated(
      value.partners.map((p) => p.entryId),
      'partners',
      'entryId',
    );
  if (value.objectives)
    repeated(
      value.objectives.map((o) => o.id),
      'objectives',
      'id',
    );
  if (value.caseIds) repeated(value.caseIds, 'caseIds');
}

export const PartnershipFields = PartnershipFieldsObject.strict().superRefine(refinePartnership);

export const STEP_COUNT = 19;
export const StepNumber = z.int().min(1).max(STEP_COUNT);

export const StepRecord = z
  .object({ step: StepNumber, done: z.boolean(), doneOn: IsoDate.nullable(), comment: Comment })
  .strict();
export type StepRecord = z.infer<typeof StepRecord>;

export const RATINGS = ['achieved', 'partly', 'not'] as const;
export const DECISIONS = ['continue', 'adjust', 'end'] as const;

export const Attendees = z
  .object({
    partnerEntryIds: z.array(Id).max(PARTNERSHIP_LIMITS.partners),
    family: z.boolean(),
    youngPerson: z.boolean(),
    /** Anyone else, in a few words (the service's own team, an interpreter…). */
    others: Label,
  })
  .strict();
export type Attendees = z.infer<typeof Attendees>;

export const ObjectiveRating = z.object({ objectiveId: Id, rating: z.enum(RATINGS) }).strict();
export type ObjectiveRating = z.infer<typeof ObjectiveRating>;

export const EvaluationFieldsObject = z.object({
  heldOn: IsoDate,
  attendees: Attendees,
  ratings: z.array(ObjectiveRating).max(PARTNERSHIP_LIMITS.objectives),
  decision: z.enum(DECISIONS),
  notes: Notes,
  /** The next evaluation; proposed from the rhythm (three a year by default), null after 'end'. */
  nextOn: IsoDate.nullable(),
});
export type EvaluationFields = z.infer<typeof EvaluationFieldsObject>;

export function refineEvaluation(
  value: Pick<EvaluationFields, 'heldOn' | 'nextOn'>,
  ctx: z.RefinementCtx,
): void {
  if (value.nextOn !== null && value.nextOn <= value.heldOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextOn'],
      message: 'The next evaluation comes after this one',
      params: issueParams('end_before_start'),
    });
  }
}

export const Evaluation = EvaluationFieldsObject.extend({
  id: Id,
  partnershipId: Id,
  createdAt: Timestamp,
});
export type Evaluation = z.infer<typeof Evaluation>;

/** A partner as a partnership shows it: the reference plus the entry's name and domain. */
export const PartnerView = PartnerRef.extend({ name: Name, domain: Domain, kind: ActorKind });
export type PartnerView = z.infer<typeof PartnerView>;

export const CaseRef = z.object({ caseId: Id, pseudonym: Name });
export type CaseRef = z.infer<typeof CaseRef>;

export const Partnership = PartnershipFieldsObject.extend({
  id: Id,
  status: PartnershipStatus,
  partners: z.array(PartnerView),
  cases: z.array(CaseRef),
  nextEvaluationOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
  endReason: Notes,
  /** All 19 steps, in order. */
  steps: z.array(StepRecord),
  /** Newest first. */
  evaluations: z.array(Evaluation),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Partnership = z.infer<typeof Partnership>;

export const PartnershipSummary = z.object({
  id: Id,
  title: Name,
  status: PartnershipStatus,
  startOn: IsoDate,
  plannedEndOn: IsoDate.nullable(),
  endedOn: IsoDate.nullable(),
  nextEvaluationOn: IsoDate.nullable(),
  formalisation: z.enum(FORMALISATIONS),
  partnerCount: z.int().min(0),
  caseCount: z.int().min(0),
  objectiveCount: z.int().min(0),
  stepsDone: z.int().min(0),
});
export type PartnershipSummary = z.infer<typeof PartnershipSummary>;

/** What deleting an entry would change: the cases whose maps hold it, the partnerships. */
export const DirectoryUsage = z.object({
  entryId: Id,
  cases: z.array(CaseRef.extend({ actorCount: z.int().min(1) })),
  partnerships: z.array(z.object({ id: Id, title: Name, status: PartnershipStatus, role: Label })),
});
export type DirectoryUsage = z.infer<typeof DirectoryUsage>;

export const DueEvaluation = z.object({
  partnershipId: Id,
  title: Name,
  status: PartnershipStatus,
  dueOn: IsoDate,
  /** Negative when the date has passed. */
  daysLeft: z.int(),
});
export type DueEvaluation = z.infer<typeof DueEvaluation>;
