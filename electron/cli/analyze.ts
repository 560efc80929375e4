// Runs the analytics engine (shared/analytics/) on what read-input.ts read, and shapes the result
// the command line prints: `{ graph, nodes, ties }` (README.md describes every field).
// Which graph each measure reads:
// - GraphML: the file's graph, directed or not as it says. Brokerage reads its arcs (an undirected
//   edge is an arc each way); groups are the `sphere` values.
// - The app's map: the undirected map graph (the person included) for degree, betweenness, Burt,
//   overlap and bridges; the directed support graph (u→v when u supports v) for brokerage.
// Weights: Burt's measures read `weight` as a tie strength when the file has one. Betweenness
// always counts steps: a strength is not a distance (DOMAIN.md's pitfall).
import type Graph from 'graphology';
import { countConnectedComponents } from 'graphology-library/components';
import { betweennessCentrality } from '../../shared/analytics/betweenness';
import { BROKERAGE_ROLES, brokerage, type BrokerageRole } from '../../shared/analytics/brokerage';
import { buildMapGraphs, type MapGraphs } from '../../shared/analytics/build-graph';
import { structuralHoles } from '../../shared/analytics/burt';
import {
  byId,
  mapComposition,
  networkDensity,
  type MapComposition,
} from '../../shared/analytics/composition';
import type { RunControl } from '../../shared/analytics/control';
import { localBridges, neighbourhoodOverlap } from '../../shared/analytics/structure';
import { mapFindings, type Finding } from '../../shared/analytics/summary';
import type { Input } from './read-input';

export const WEIGHTED_MEASURES = ['effectiveSize', 'efficiency', 'constraint'] as const;

export interface GraphResult {
  format: Input['format'];
  directed: boolean;
  nodes: number;
  edges: number;
  /** Null below two nodes. */
  density: number | null;
  /** Connected components (weak ones when directed). */
  components: number;
  /** The measures that read the edge attribute `weight` (empty when the file has none). */
  weighted: string[];
}

export interface NodeResult {
  degree: number;
  betweenness: number;
  /** Null for an isolated node (networkx gives NaN). */
  effectiveSize: number | null;
  efficiency: number | null;
  constraint: number | null;
  brokerage: Record<BrokerageRole, number>;
}

export interface TieResult {
  source: string;
  target: string;
  /** The map's tie-strength score, or the GraphML `weight`; null in an unweighted file. */
  strength: number | null;
  overlap: number;
  localBridge: boolean;
  /** Shortest other path between the ends; null when there is none. */
  span: number | null;
}

export interface AnalysisResult {
  graph: GraphResult;
  nodes: Record<string, NodeResult>;
  ties: TieResult[];
}

/** What the readable report needs beyond the JSON. */
export interface AnalysisContext {
  /** The graph the node and tie measures were computed on. */
  graph: Graph;
  labelOf: (node: string) => string;
  sphereOf: (node: string) => string | null;
  /** For the app's maps only. */
  map: { graphs: MapGraphs; composition: MapComposition; findings: Finding[] } | null;
}

const finite = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;

export function analyze(
  input: Input,
  control: RunControl = {},
): { result: AnalysisResult; context: AnalysisContext } {
  let graph: Graph;
  let flows: Graph;
  let weighted = false;
  let strengthOf: (edge: string) => number | null;
  let map: AnalysisContext['map'] = null;
  if (input.format === 'graphml') {
    const network = input.network;
    graph = network.graph;
    flows = network.graph;
    weighted = network.weighted;
    strengthOf = (edge) =>
      weighted ? (network.graph.getEdgeAttribute(edge, 'weight') ?? 1) : null;
  } else {
    const graphs = buildMapGraphs(input.map);
    graph = graphs.map;
    flows = graphs.support;
    strengthOf = (edge) => graphs.map.getEdgeAttribute(edge, 'strength');
    map = { graphs, composition: mapComposition(graphs), findings: [] };
  }

  const betweenness = betweennessCentrality(graph, control);
  const holes = structuralHoles(graph, weighted ? { weight: 'weight' } : {});
  const roles = brokerage(flows, { group: 'sphere' });
  const nodes: Record<string, NodeResult> = {};
  for (const node of graph.nodes().sort(byId)) {
    const counts = roles[node];
    nodes[node] = {
      degree: graph.degree(node),
      betweenness: betweenness[node] ?? 0,
      effectiveSize: finite(holes.effectiveSize[node]),
      efficiency: finite(holes.efficiency[node]),
      constraint: finite(holes.constraint[node]),
      brokerage: Object.fromEntries(
        BROKERAGE_ROLES.map((role) => [role, counts?.[role] ?? 0]),
      ) as Record<BrokerageRole, number>,
    };
  }

  const bridges = new Map(localBridges(graph, control).map((b) => [b.edge, b]));
  const ties: TieResult[] = neighbourhoodOverlap(graph).map(({ edge, source, target, overlap }) => {
    const bridge = bridges.get(edge);
    return {
      source,
      target,
      strength: strengthOf(edge),
      overlap,
      localBridge: bridge?.localBridge ?? false,
      span: bridge?.span ?? null,
    };
  });

  if (map !== null) {
    map.findings = mapFindings({
      graphs: map.graphs,
      composition: map.composition,
      brokerage: roles,
      bridges: [...bridges.values()],
    });
  }

  const result: AnalysisResult = {
    graph: {
      format: input.format,
      directed: graph.type === 'directed',
      nodes: graph.order,
      edges: graph.size,
      density: networkDensity(graph),
      components: countConnectedComponents(graph),
      weighted: weighted ? [...WEIGHTED_MEASURES] : [],
    },
    nodes,
    ties,
  };
  const labelOf = (node: string): string => {
    const label: unknown = graph.getNodeAttribute(node, 'label');
    return typeof label === 'string' && label !== '' ? label : node;
  };
  const sphereOf = (node: string): string | null => {
    const sphere: unknown = graph.getNodeAttribute(node, 'sphere');
    return typeof sphere === 'string' ? sphere : null;
  };
  return { result, context: { graph, labelOf, sphereOf, map } };
}
