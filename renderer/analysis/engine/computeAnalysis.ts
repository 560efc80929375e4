// What the analysis worker computes for a map, phase by phase, with the engine of
// shared/analytics: graphs, composition, tie strength and structure, betweenness, Burt's holes,
// brokerage roles and the narrative findings. Between phases (and between slices of betweenness,
// the one long computation) it reports progress, checks whether it should stop and lets the
// worker's event loop run, so a cancel message can arrive. Plain and synchronous inside each
// step, so tests call it directly, without a worker.
import {
  AnalyticsCancelledError,
  BROKERAGE_ROLES,
  brokerage,
  buildMapGraphs,
  chainsToActor,
  chainsToGroup,
  localBridges,
  mapComposition,
  mapFindings,
  neighbourhoodOverlap,
  startBetweenness,
  structuralHoles,
  tieStrength,
  type BrokerageCounts,
  type BrokerageRole,
  type LocalBridge,
  type MapGraphs,
} from '../../../shared/analytics';
import type { Actor, Tie } from '../../../shared/model';
import type { ActorFigures, AnalysisResult, ChainTarget, ChainsResult, Phase } from './protocol';
import { tableOf, type TieFigures, type TieTable } from './tieTable';

/** Exact betweenness up to this many actors; above, an estimate from sampled sources. */
export const EXACT_BETWEENNESS_UP_TO = 2_000;
/** Sources sampled for the estimate (seeded: the same network gives the same figures). */
export const BETWEENNESS_PIVOTS = 500;
/** Work done between two pauses of the betweenness loop, in milliseconds. */
const SLICE_MS = 40;
/** Chains listed (and highlighted) at most. */
export const MAX_CHAINS = 12;

export interface RunHooks {
  onProgress?: (phase: Phase, done: number, total: number) => void;
  shouldStop?: () => boolean;
  /** Lets the event loop run (a worker yields so that a cancel message can arrive). */
  pause?: () => Promise<void>;
  now?: () => number;
}

export interface Analysis {
  result: AnalysisResult;
  /** Kept by the worker to answer chain requests about the same map. */
  graphs: MapGraphs;
}

const finite = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : value;

export async function computeAnalysis(
  input: { actors: readonly Actor[]; ties: readonly Tie[] },
  hooks: RunHooks = {},
): Promise<Analysis> {
  const { onProgress = () => {}, shouldStop = () => false, pause = async () => {} } = hooks;
  const now = hooks.now ?? (() => performance.now());
  const control = { shouldStop };
  /** The end of a short phase: report it done, let messages in, stop if asked. */
  const checkpoint = async (phase: Phase | null) => {
    if (phase !== null) onProgress(phase, 1, 1);
    await pause();
    if (shouldStop()) throw new AnalyticsCancelledError();
  };
  if (shouldStop()) throw new AnalyticsCancelledError();

  onProgress('graphs', 0, 1);
  const graphs = buildMapGraphs({ actors: [...input.actors], ties: [...input.ties] });
  await checkpoint('graphs');

  onProgress('composition', 0, 1);
  const composition = mapComposition(graphs);
  await checkpoint('composition');

  onProgress('ties', 0, 1);
  const overlap = new Map(neighbourhoodOverlap(graphs.map).map((o) => [o.edge, o]));
  await checkpoint('ties');

  const bridges = localBridges(graphs.map, {
    ...control,
    onProgress: (done, total) => onProgress('bridges', done, total),
  });
  await checkpoint(null);

  const n = graphs.map.order;
  const sampled = n > EXACT_BETWEENNESS_UP_TO ? Math.min(BETWEENNESS_PIVOTS, n) : null;
  const run = startBetweenness(graphs.map, sampled === null ? {} : { pivots: sampled, seed: 1 });
  let perSlice = 1;
  onProgress('betweenness', 0, run.total);
  for (;;) {
    const start = now();
    const finished = run.step(perSlice);
    const spent = now() - start;
    // Aim at slices of about SLICE_MS, so progress moves and a cancel is heard quickly.
    perSlice = Math.max(1, Math.round(perSlice * (spent > 0 ? Math.min(4, SLICE_MS / spent) : 4)));
    onProgress('betweenness', run.done, run.total);
    if (finished) break;
    await pause();
    if (shouldStop()) throw new AnalyticsCancelledError();
  }
  const betweenness = run.result();
  await checkpoint(null);

  onProgress('holes', 0, 1);
  const holes = structuralHoles(graphs.map);
  await checkpoint('holes');

  onProgress('brokerage', 0, 1);
  const roles = brokerage(graphs.support, { group: 'sphere' });
  const findings = mapFindings({ graphs, composition, brokerage: roles, bridges });
  await checkpoint('brokerage');

  const actors: ActorFigures[] = graphs.map.mapNodes((id, node) => {
    const counts = roles[id] ?? emptyCounts();
    return {
      id,
      label: node.label,
      sphere: node.sphere,
      domain: node.domain,
      isEgo: node.isEgo,
      degree: graphs.map.degree(id),
      betweenness: betweenness[id] ?? 0,
      effectiveSize: finite(holes.effectiveSize[id]),
      efficiency: finite(holes.efficiency[id]),
      constraint: finite(holes.constraint[id]),
      brokerage: counts,
      mainRole: mainRole(counts),
    };
  });

  return {
    graphs,
    result: {
      egoId: graphs.egoId,
      findings,
      composition,
      actors,
      ties: tieTable(input.ties, graphs, overlap, bridges),
      betweenness: { sampledFrom: sampled },
    },
  };
}

function emptyCounts(): BrokerageCounts {
  return { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
}

/** The role played most often (the first in Gould and Fernandez's order on a tie), as summary.ts. */
export function mainRole(counts: BrokerageCounts): BrokerageRole | null {
  if (counts.total <= 0) return null;
  return BROKERAGE_ROLES.reduce((top, role) => (counts[role] > counts[top] ? role : top));
}

function tieTable(
  ties: readonly Tie[],
  graphs: MapGraphs,
  overlap: Map<string, { common: number; overlap: number }>,
  bridges: readonly LocalBridge[],
): TieTable {
  const { map } = graphs;
  const bridgeOf = new Map(bridges.map((b) => [b.edge, b]));
  // Ends as indices into the result's actors, which come in the map graph's node order.
  const index = new Map(map.nodes().map((id, i) => [id, i]));
  const out: (TieFigures & { source: number; target: number })[] = [];
  for (const tie of ties) {
    if (!map.hasNode(tie.sourceId) || !map.hasNode(tie.targetId)) continue;
    if (tie.sourceId === tie.targetId) continue;
    const strength = tieStrength(tie);
    const edge = tie.valence === 'broken' ? undefined : map.edge(tie.sourceId, tie.targetId);
    const bridge = edge === undefined ? undefined : bridgeOf.get(edge);
    const pairOverlap = edge === undefined ? undefined : overlap.get(edge);
    // As the summary counts them: a weak local bridge between two actors who both have other
    // ties (a tie to someone who knows nobody else is a bridge by construction).
    const weakBridge =
      edge !== undefined &&
      bridge !== undefined &&
      bridge.localBridge &&
      !map.getEdgeAttribute(edge, 'strong') &&
      map.degree(tie.sourceId) >= 2 &&
      map.degree(tie.targetId) >= 2;
    out.push({
      tieId: tie.id,
      sourceId: tie.sourceId,
      targetId: tie.targetId,
      source: index.get(tie.sourceId) as number,
      target: index.get(tie.targetId) as number,
      score: strength.score,
      strong: strength.strong,
      reasons: strength.reasons,
      common: pairOverlap?.common ?? null,
      overlap: pairOverlap?.overlap ?? null,
      localBridge: bridge?.localBridge ?? false,
      span: bridge?.span ?? null,
      weakBridge,
    });
  }
  return tableOf(out);
}

/** Shortest chains from the person to an actor, or to the nearest actors of a domain. */
export function computeChains(graphs: MapGraphs, target: ChainTarget): ChainsResult {
  const { map, egoId } = graphs;
  const options = { maxPaths: MAX_CHAINS };
  const chains =
    egoId === null
      ? null
      : target.kind === 'actor'
        ? chainsToActor(map, egoId, target.id, options)
        : chainsToGroup(map, egoId, 'domain', target.domain, options);
  if (chains === null || chains.distance === null) {
    return {
      targets: [],
      distance: null,
      intermediaries: null,
      paths: [],
      pathCount: 0,
      truncated: false,
      tieIds: [],
    };
  }
  const tieIds = new Set<string>();
  for (const path of chains.paths) {
    for (let i = 1; i < path.length; i++) {
      const edge = map.edge(path[i - 1] as string, path[i] as string);
      if (edge !== undefined) for (const id of map.getEdgeAttribute(edge, 'tieIds')) tieIds.add(id);
    }
  }
  return {
    targets: chains.targets,
    distance: chains.distance,
    intermediaries: chains.intermediaries,
    paths: chains.paths,
    pathCount: chains.pathCount,
    truncated: chains.truncated,
    tieIds: [...tieIds].sort(),
  };
}
