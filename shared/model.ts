// The model: the truth of a map. Every type the app stores or sends is inferred from these
// zod schemas, so the validation at each boundary and the TypeScript types never drift apart.
import { z } from 'zod';

export const LIMITS = {
  shortText: 200,
  notes: 10_000,
  placementsPerBatch: 5_000,
  editsPerBatch: 5_000,
  coordinate: 1_000_000,
} as const;

export const SPHERES = ['primary', 'informal_secondary', 'formal_secondary'] as const;
export const DOMAINS = [
  'family',
  'friends',
  'neighbourhood',
  'school',
  'work',
  'health',
  'mental_health',
  'leisure',
  'sport',
  'culture',
  'child_welfare',
  'justice',
  'housing',
  'administration',
  'employment',
  'religion',
  'other',
] as const;
export const ACTOR_KINDS = ['person', 'organisation'] as const;
/** Hartman's qualities of a tie, from the best to the worst. */
export const VALENCES = [
  'supportive',
  'neutral',
  'ambivalent',
  'stressful',
  'conflictual',
  'broken',
] as const;
/** Tracy and Whittaker's frequency of contact. */
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'few_per_year', 'rarely'] as const;
/** Tracy and Whittaker's types of support. */
export const SUPPORT_TYPES = ['emotional', 'practical', 'information'] as const;
export const CRITICALITIES = ['not', 'somewhat', 'very'] as const;
export const PLACED_BY = ['young_person', 'educator'] as const;
/** A case has its current map and, optionally, "the network I would like". */
export const MAP_KINDS = ['current', 'wished'] as const;

export const Id = z.uuid();
export const Timestamp = z.iso.datetime();
export const Sphere = z.enum(SPHERES);
export const Domain = z.enum(DOMAINS);
export const ActorKind = z.enum(ACTOR_KINDS);
export const Valence = z.enum(VALENCES);
export const Frequency = z.enum(FREQUENCIES);
export const SupportType = z.enum(SUPPORT_TYPES);
export const Criticality = z.enum(CRITICALITIES);
export const PlacedBy = z.enum(PLACED_BY);
export const MapKind = z.enum(MAP_KINDS);

const trimmed = (min: number, max: number) => z.string().trim().min(min).max(max);
const Name = trimmed(1, LIMITS.shortText);
const Label = trimmed(0, LIMITS.shortText);
const Notes = z.string().max(LIMITS.notes);
/** Tie closeness, 1 (distant) to 5 (indispensable). */
export const Closeness = z.int().min(1).max(5);
const BirthYear = z.int().min(1900).max(2100);
const KnownSinceYear = z.int().min(1900).max(2100);
/** A set of support types, stored sorted and without duplicates. */
export const SupportSet = z
  .array(SupportType)
  .max(SUPPORT_TYPES.length)
  .transform((types) => SUPPORT_TYPES.filter((t) => types.includes(t)));

export const CaseRecord = z.object({
  id: Id,
  pseudonym: Name,
  birthYear: BirthYear.nullable(),
  referent: Label,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const CaseSummary = CaseRecord.extend({
  actorCount: z.int().min(0),
  tieCount: z.int().min(0),
  currentMapId: Id,
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const EcoMapRecord = z.object({
  id: Id,
  caseId: Id,
  kind: MapKind,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type EcoMapRecord = z.infer<typeof EcoMapRecord>;

/** Fields of an actor the user edits. */
export const ActorFields = z.object({
  kind: ActorKind,
  name: Name,
  roleLabel: Label,
  sphere: Sphere,
  domain: Domain,
  notes: Notes,
  placedBy: PlacedBy,
});
export type ActorFields = z.infer<typeof ActorFields>;

export const Actor = ActorFields.extend({
  id: Id,
  mapId: Id,
  /** The person at the centre of the map (one per map, never removed). */
  isEgo: z.boolean(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Actor = z.infer<typeof Actor>;

/** Fields of a tie the user edits. Support is given "forward" (source to target) or "backward". */
export const TieFields = z.object({
  closeness: Closeness,
  valence: Valence,
  supportForward: SupportSet,
  supportBackward: SupportSet,
  frequency: Frequency.nullable(),
  knownSinceYear: KnownSinceYear.nullable(),
  critical: Criticality.nullable(),
  notes: Notes,
});
export type TieFields = z.infer<typeof TieFields>;

export const Tie = TieFields.extend({
  id: Id,
  mapId: Id,
  sourceId: Id,
  targetId: Id,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Tie = z.infer<typeof Tie>;

const Coordinate = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
export const Placement = z.object({ actorId: Id, x: Coordinate, y: Coordinate });
export type Placement = z.infer<typeof Placement>;

export const MapData = z.object({
  case: CaseRecord,
  map: EcoMapRecord,
  actors: z.array(Actor),
  ties: z.array(Tie),
  placements: z.array(Placement),
});
export type MapData = z.infer<typeof MapData>;

export const ACTOR_DEFAULTS: Omit<ActorFields, 'kind' | 'name' | 'sphere' | 'domain'> = {
  roleLabel: '',
  notes: '',
  placedBy: 'educator',
};

export const TIE_DEFAULTS: TieFields = {
  closeness: 3,
  valence: 'supportive',
  supportForward: [],
  supportBackward: [],
  frequency: null,
  knownSinceYear: null,
  critical: null,
  notes: '',
};

export { BirthYear, KnownSinceYear, Name, Label, Notes };
