// The analytics of the map applied to the service's network: who brokers in the merged network
// of all the cases (betweenness), who spans structural holes (Burt), and which domains the
// service's address book and partnerships leave empty. Pure functions over shared/analytics.
import { UndirectedGraph } from 'graphology';
import { betweennessCentrality, structuralHoles } from '../analytics';
import { DOMAINS } from '../model';
import type { MergedNetwork, MergedNode, ServiceNetwork } from './network';

type Domain = (typeof DOMAINS)[number];

/** The domains a service expects to find among organisations (not the primary network's). */
export const SERVICE_DOMAINS: readonly Domain[] = DOMAINS.filter(
  (d) => !['family', 'friends', 'neighbourhood', 'religion', 'other'].includes(d),
);

/** Above this many nodes, betweenness is estimated from a sample of sources. */
export const EXACT_BETWEENNESS_UP_TO = 2_000;
const PIVOTS = 400;
const TOP = 5;

export interface RankedNode {
  id: string;
  label: string;
  type: MergedNode['type'];
  domain: Domain;
  value: number;
}

export interface ServiceAnalytics {
  nodeCount: number;
  edgeCount: number;
  caseCount: number;
  /** Highest betweenness first (young people left out: they are the ones served). */
  brokers: RankedNode[];
  /** Largest effective size first, among nodes with at least two contacts. */
  holeSpanners: (RankedNode & { constraint: number })[];
  /** Expected domains without any entry in the address book. */
  domainsMissing: Domain[];
  /** Domains with entries but no partner in an open partnership. */
  domainsWithoutPartnership: Domain[];
  /** True when betweenness was estimated (very large networks). */
  sampled: boolean;
}

export function mergedGraph(network: MergedNetwork): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of network.nodes) graph.addNode(node.id);
  for (const edge of network.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) {
      graph.mergeEdge(edge.source, edge.target, { count: edge.count });
    }
  }
  return graph;
}

function ranked(
  nodes: ReadonlyMap<string, MergedNode>,
  values: Record<string, number>,
  keep: (node: MergedNode, value: number) => boolean,
): RankedNode[] {
  const out: RankedNode[] = [];
  for (const [id, value] of Object.entries(values)) {
    const node = nodes.get(id);
    if (!node || node.type === 'case' || !Number.isFinite(value) || !keep(node, value)) continue;
    out.push({ id, label: node.label, type: node.type, domain: node.domain, value });
  }
  return out.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, TOP);
}

export function serviceAnalytics(network: ServiceNetwork): ServiceAnalytics {
  const { merged } = network;
  const graph = mergedGraph(merged);
  const nodes = new Map(merged.nodes.map((n) => [n.id, n]));
  const sampled = graph.order > EXACT_BETWEENNESS_UP_TO;
  const betweenness =
    graph.order > 2 ? betweennessCentrality(graph, sampled ? { pivots: PIVOTS, seed: 7 } : {}) : {};
  const holes = graph.size > 0 ? structuralHoles(graph) : null;
  const spanners = holes
    ? ranked(nodes, holes.effectiveSize, (_n, v) => v > 1).map((r) => ({
        ...r,
        constraint: holes.constraint[r.id] ?? Number.NaN,
      }))
    : [];

  const present = new Set(network.entries.map((e) => e.domain));
  const entryDomain = new Map(network.entries.map((e) => [e.id, e.domain]));
  const partnered = new Set<Domain>();
  for (const p of network.partnerships) {
    if (p.status === 'ended') continue;
    for (const partner of p.partners) {
      const domain = entryDomain.get(partner.entryId);
      if (domain) partnered.add(domain);
    }
  }
  return {
    nodeCount: graph.order,
    edgeCount: graph.size,
    caseCount: merged.nodes.filter((n) => n.type === 'case').length,
    brokers: ranked(nodes, betweenness, (_n, v) => v > 0),
    holeSpanners: spanners,
    domainsMissing: SERVICE_DOMAINS.filter((d) => !present.has(d)),
    domainsWithoutPartnership: SERVICE_DOMAINS.filter((d) => present.has(d) && !partnered.has(d)),
    sampled,
  };
}
