// Structural signals of a tie, beside its own strength (tie-strength.ts). All read the graph as
// undirected: a tie links two actors whichever way support flows, and two arcs u→v, v→u are one
// tie. Self-loops are left out of the results.
// - Neighbourhood overlap (Onnela et al. 2007): O = n / ((k_u − 1) + (k_v − 1) − n), n the
//   common neighbours, k the degrees; 0 when the denominator is 0 (the two ends know nobody else).
//   Strong ties tend to have a high overlap; a tie with overlap 0 joins two separate circles.
// - Simmelian strength: the number of triangles the tie stands in (graphology-metrics).
// - Local bridges (Granovetter 1973), as networkx's `local_bridges(with_span=True)`: a tie whose
//   ends have no common neighbour; its span is the length of the shortest other path between the
//   ends (null when there is none: the tie is then a bridge of the whole graph). Every tie gets a
//   span here: 2 for a tie that is not a local bridge (the path through a common neighbour).
// - A weak tie that is a local bridge is Granovetter's "strength of weak ties": `weakBridges`.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import graphologySimmelianStrength from 'graphology-metrics/edge/simmelian-strength';
import { buildCsr, indexNodes, type Csr } from './csr';
import { progressReporter, type RunControl } from './control';

export interface TieEnds {
  edge: string;
  source: string;
  target: string;
}

export interface EdgeOverlap extends TieEnds {
  /** Actors tied to both ends. */
  common: number;
  /** Onnela's overlap, in [0, 1]. */
  overlap: number;
}

export interface LocalBridge extends TieEnds {
  /** The ends have no common neighbour. */
  localBridge: boolean;
  /** No other path at all joins the ends (a bridge of the whole graph). */
  bridge: boolean;
  /** Length of the shortest path between the ends without this tie; null when there is none. */
  span: number | null;
}

export interface WeakBridge extends LocalBridge {
  localBridge: true;
}

interface UndirectedView {
  csr: Csr;
  ends: { edge: string; source: string; target: string; u: number; v: number }[];
}

function undirectedView(graph: Graph): UndirectedView {
  const nodes = indexNodes(graph);
  const csr = buildCsr(graph, nodes, { mode: 'undirected' });
  const ends: UndirectedView['ends'] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (source === target) return;
    const u = nodes.index.get(source) as number;
    const v = nodes.index.get(target) as number;
    ends.push({ edge, source, target, u, v });
  });
  return { csr, ends };
}

/** Size of the intersection of two sorted rows. */
function commonCount(csr: Csr, u: number, v: number): number {
  const { offsets, targets } = csr;
  let a = offsets[u] as number;
  let b = offsets[v] as number;
  const aEnd = offsets[u + 1] as number;
  const bEnd = offsets[v + 1] as number;
  let count = 0;
  while (a < aEnd && b < bEnd) {
    const x = targets[a] as number;
    const y = targets[b] as number;
    if (x === y) {
      count++;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
  }
  return count;
}

export function neighbourhoodOverlap(graph: Graph): EdgeOverlap[] {
  const { csr, ends } = undirectedView(graph);
  const degree = (u: number) => (csr.offsets[u + 1] as number) - (csr.offsets[u] as number);
  return ends.map(({ edge, source, target, u, v }) => {
    const common = commonCount(csr, u, v);
    const denominator = degree(u) - 1 + (degree(v) - 1) - common;
    return { edge, source, target, common, overlap: denominator === 0 ? 0 : common / denominator };
  });
}

/** Triangles each edge stands in, keyed by edge (graphology-metrics' Simmelian strength). */
export function simmelianStrength(graph: Graph): Record<string, number> {
  return graphologySimmelianStrength(graph);
}

/** Every tie with whether it is a local bridge and its span. Polls `control` once per tie. */
export function localBridges(graph: Graph, control: RunControl = {}): LocalBridge[] {
  const { csr, ends } = undirectedView(graph);
  const span = spanFinder(csr);
  const report = progressReporter(control, ends.length);
  // Only a directed or multi graph can hold two edges for one pair: remember those spans.
  const known =
    graph.multi || graph.type !== 'undirected' ? new Map<number, number | null>() : null;
  const result: LocalBridge[] = [];
  report(0);
  for (const { edge, source, target, u, v } of ends) {
    const pair = u < v ? u * csr.n + v : v * csr.n + u;
    let length = known?.get(pair);
    if (length === undefined) {
      length = span(u, v);
      known?.set(pair, length);
    }
    result.push({
      edge,
      source,
      target,
      localBridge: length !== 2,
      bridge: length === null,
      span: length,
    });
    report(result.length);
  }
  return result;
}

/**
 * Weak ties that are local bridges, widest span first (a bridge of the whole graph first of all),
 * then by edge key. `isStrong` defaults to the edge attribute `strong` of the map graph.
 */
export function weakBridges(
  graph: Graph,
  isStrong: (edge: string, attributes: Attributes) => boolean = (_e, a) => a.strong === true,
  control: RunControl = {},
): WeakBridge[] {
  const widest = (b: LocalBridge) => (b.span === null ? Infinity : b.span);
  return localBridges(graph, control)
    .filter(
      (b): b is WeakBridge => b.localBridge && !isStrong(b.edge, graph.getEdgeAttributes(b.edge)),
    )
    .sort((a, b) => widest(b) - widest(a) || (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
}

/**
 * Returns span(u, v): 2 when u and v share a neighbour, else the length of the shortest u–v path
 * avoiding the edge u–v (bidirectional BFS, level by level from the smaller frontier), or null.
 */
function spanFinder(csr: Csr): (u: number, v: number) => number | null {
  const { n, offsets, targets } = csr;
  const seenA = new Int32Array(n);
  const seenB = new Int32Array(n);
  const distA = new Int32Array(n);
  const distB = new Int32Array(n);
  const queueA = new Int32Array(n);
  const queueB = new Int32Array(n);
  let stamp = 0;

  return (u, v) => {
    stamp++;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
      seenA[targets[e] as number] = stamp;
    }
    for (let e = offsets[v] as number; e < (offsets[v + 1] as number); e++) {
      if (seenA[targets[e] as number] === stamp) return 2;
    }

    stamp++;
    seenA[u] = stamp;
    distA[u] = 0;
    queueA[0] = u;
    seenB[v] = stamp;
    distB[v] = 0;
    queueB[0] = v;
    let aStart = 0;
    let aEnd = 1;
    let bStart = 0;
    let bEnd = 1;
    let best = Infinity;
    while (aStart < aEnd && bStart < bEnd && best === Infinity) {
      const expandA = aEnd - aStart <= bEnd - bStart;
      const queue = expandA ? queueA : queueB;
      const seen = expandA ? seenA : seenB;
      const dist = expandA ? distA : distB;
      const otherSeen = expandA ? seenB : seenA;
      const otherDist = expandA ? distB : distA;
      const start = expandA ? aStart : bStart;
      const end = expandA ? aEnd : bEnd;
      let next = end;
      for (let i = start; i < end; i++) {
        const x = queue[i] as number;
        const dx = (dist[x] as number) + 1;
        for (let e = offsets[x] as number; e < (offsets[x + 1] as number); e++) {
          const y = targets[e] as number;
          if ((x === u && y === v) || (x === v && y === u)) continue;
          if (otherSeen[y] === stamp) {
            const length = dx + (otherDist[y] as number);
            if (length < best) best = length;
          } else if (seen[y] !== stamp) {
            seen[y] = stamp;
            dist[y] = dx;
            queue[next++] = y;
          }
        }
      }
      if (expandA) {
        aStart = end;
        aEnd = next;
      } else {
        bStart = end;
        bEnd = next;
      }
    }
    return best === Infinity ? null : best;
  };
}
