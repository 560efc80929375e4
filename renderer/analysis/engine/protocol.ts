// The messages between the analysis panel and its Web Worker, as zod schemas: each side checks
// what it receives, so a malformed message is reported instead of being half-read. Every
// message carries the `version` of the map it is about; the panel drops answers about older maps.
import { z } from 'zod';
import {
  BROKERAGE_ROLES,
  type Chains,
  type Finding,
  type MapComposition,
} from '../../../shared/analytics';
import { Actor, DOMAINS, SPHERES, Tie, VALENCES } from '../../../shared/model';
import { TieTable } from './tieTable';

const Version = z.int().min(0);
const Sphere = z.enum(SPHERES);
const Domain = z.enum(DOMAINS);
const Role = z.enum(BROKERAGE_ROLES);
const Count = z.int().min(0);
/** A figure that may be undefined (Burt's measures of an actor without any tie). */
const Figure = z.number().nullable();

// ——— Requests (panel → worker) ———

export const AnalyseRequest = z.object({
  type: z.literal('analyse'),
  version: Version,
  actors: z.array(Actor),
  ties: z.array(Tie),
});
export type AnalyseRequest = z.infer<typeof AnalyseRequest>;

export const ChainTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('actor'), id: z.string().min(1) }),
  z.object({ kind: z.literal('domain'), domain: Domain }),
]);
export type ChainTarget = z.infer<typeof ChainTarget>;

export const ChainsRequest = z.object({
  type: z.literal('chains'),
  version: Version,
  /** Numbers the request, so that its answer finds the caller that waits for it. */
  request: z.int().min(0),
  target: ChainTarget,
});
export type ChainsRequest = z.infer<typeof ChainsRequest>;

export const CancelRequest = z.object({ type: z.literal('cancel'), version: Version });

export const WorkerRequest = z.discriminatedUnion('type', [
  AnalyseRequest,
  ChainsRequest,
  CancelRequest,
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;

// ——— Results ———

const BySphere = <T extends z.ZodType>(value: T) => z.record(Sphere, value);

export const FindingSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('map_empty') }),
  z.object({
    code: z.literal('sphere_profile'),
    sphere: Sphere,
    density: z.enum(['dense', 'sparse', 'single']),
    strength: z.enum(['strong', 'weak', 'mixed', 'none']),
  }),
  z.object({ code: z.literal('sphere_empty'), sphere: Sphere }),
  z.object({
    code: z.literal('sole_bridge'),
    actor: z.string(),
    label: z.string(),
    from: Sphere,
    to: Sphere,
  }),
  z.object({
    code: z.literal('point_of_failure'),
    actor: z.string(),
    label: z.string(),
    count: Count,
  }),
  z.object({ code: z.literal('spheres_unlinked'), a: Sphere, b: Sphere, joined: z.boolean() }),
  z.object({ code: z.literal('circles_apart'), count: Count }),
  z.object({ code: z.literal('person_only'), count: Count }),
  z.object({ code: z.literal('unconnected'), count: Count }),
  z.object({ code: z.literal('main_broker'), actor: z.string(), label: z.string(), role: Role }),
  z.object({ code: z.literal('weak_bridges'), count: Count }),
  z.object({ code: z.literal('difficult_ties'), count: Count }),
  z.object({ code: z.literal('broken_ties'), count: Count }),
]);

const CutVertex = z.object({ node: z.string(), pieces: Count });

export const CompositionSchema = z.object({
  actors: Count,
  bySphere: BySphere(Count),
  byDomain: z.record(Domain, Count),
  byValence: z.record(z.enum([...VALENCES, 'none']), Count),
  strongShareBySphere: BySphere(
    z.object({ ties: Count, strong: Count, share: z.number().nullable() }),
  ),
  densityBySphere: BySphere(z.number().nullable()),
  emptySpheres: z.array(Sphere),
  withoutPerson: z.object({
    actors: Count,
    ties: Count,
    density: z.number().nullable(),
    components: z.array(z.object({ actors: z.array(z.string()), bySphere: BySphere(Count) })),
    cutVertices: z.array(CutVertex),
  }),
  isolates: z.object({ unconnected: z.array(z.string()), personOnly: z.array(z.string()) }),
  pointsOfFailure: z
    .object({
      root: z.string(),
      reachable: Count,
      reachableByGroup: z.record(z.string(), Count),
      points: z.array(
        z.object({
          node: z.string(),
          cutOffCount: Count,
          cutOff: z.array(z.string()),
          cutOffByGroup: z.record(z.string(), Count),
        }),
      ),
    })
    .nullable(),
  blau: z.number().nullable(),
  eiIndex: z.object({ external: Count, internal: Count, index: z.number().nullable() }),
});

const BrokerageCounts = z.object({
  coordinator: Count,
  itinerant: Count,
  representative: Count,
  gatekeeper: Count,
  liaison: Count,
  total: Count,
});

export const ActorFigures = z.object({
  id: z.string(),
  label: z.string(),
  sphere: Sphere,
  domain: Domain,
  isEgo: z.boolean(),
  /** Active ties, on the map graph. */
  degree: Count,
  /** Normalised betweenness on the map graph, in [0, 1]. */
  betweenness: z.number().min(0),
  effectiveSize: Figure,
  efficiency: Figure,
  constraint: Figure,
  brokerage: BrokerageCounts,
  /** The role the actor plays most often; null when they broker nobody. */
  mainRole: Role.nullable(),
});
export type ActorFigures = z.infer<typeof ActorFigures>;

export const AnalysisResult = z.object({
  egoId: z.string().nullable(),
  findings: z.array(FindingSchema),
  composition: CompositionSchema,
  actors: z.array(ActorFigures),
  /** Every tie drawn, as columns (tieTable.ts). */
  ties: TieTable,
  betweenness: z.object({
    /** Exact, or estimated from this many sampled actors. */
    sampledFrom: z.int().min(1).nullable(),
  }),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;

export const ChainsResult = z.object({
  targets: z.array(z.string()),
  distance: z.int().min(1).nullable(),
  intermediaries: z.int().min(0).nullable(),
  paths: z.array(z.array(z.string())),
  pathCount: z.number().min(0),
  truncated: z.boolean(),
  /** Every tie along the listed chains (the ids the canvas draws). */
  tieIds: z.array(z.string()),
});
export type ChainsResult = z.infer<typeof ChainsResult>;

// ——— Replies (worker → panel) ———

export const PHASES = [
  'graphs',
  'composition',
  'ties',
  'bridges',
  'betweenness',
  'holes',
  'brokerage',
] as const;
export type Phase = (typeof PHASES)[number];

export const ErrorCode = z.enum(['invalid_input', 'stale', 'internal']);

export const WorkerReply = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    version: Version,
    phase: z.enum(PHASES),
    done: z.number().min(0),
    total: z.number().min(0),
  }),
  z.object({ type: z.literal('result'), version: Version, result: AnalysisResult }),
  z.object({
    type: z.literal('chains'),
    version: Version,
    request: z.int().min(0),
    result: ChainsResult,
  }),
  z.object({ type: z.literal('cancelled'), version: Version }),
  z.object({
    type: z.literal('error'),
    version: Version,
    request: z.int().min(0).nullable(),
    code: ErrorCode,
    message: z.string(),
  }),
]);
export type WorkerReply = z.infer<typeof WorkerReply>;

// The schemas above must describe what the engine returns: these fail to compile if they drift.
type Assignable<A extends B, B> = A;
export type _FindingsMatch = Assignable<z.infer<typeof FindingSchema>, Finding> &
  Assignable<Finding, z.infer<typeof FindingSchema>>;
export type _CompositionMatch = Assignable<MapComposition, z.infer<typeof CompositionSchema>>;
export type _ChainsMatch = Assignable<
  Omit<Chains, 'from'> & { tieIds: string[] },
  z.infer<typeof ChainsResult>
>;
