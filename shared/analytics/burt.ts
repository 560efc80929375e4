// Burt's structural holes: effective size, efficiency, constraint and local constraint, with
// exactly the definitions of networkx.algorithms.structuralholes (Burt 1992, 2004):
//   mutual weight     a(u,v) = w(u→v) + w(v→u)   (an undirected edge is an arc each way)
//   p(u,v)            = a(u,v) / Σ_x a(u,x)       (0 when the sum is 0)
//   m(v,w)            = a(v,w) / max_x a(v,x)     (0 when the max is 0)
//   N(u)              = every in- or out-neighbour of u, other than u
//   effective size    e(u) = Σ_{v∈N(u)} (1 − Σ_{w∈N(u)} p(u,w) m(v,w))
//   local constraint  ℓ(u,v) = (p(u,v) + Σ_{w∈N(u)} p(u,w) p(w,v))²
//   constraint        c(u) = Σ_{v∈N(u)} ℓ(u,v)
//   efficiency        e(u) / |N(u)|  (Burt's "effective size over actual size")
// Unweighted: every edge weighs 1. Weighted: `weight` names an edge attribute (missing = 1) or is
// a getter; weights here are tie strengths (bigger = more invested), not distances.
// Isolated nodes (no neighbour other than themselves) get NaN, as in networkx. networkx 2.8 also
// gives NaN to a node of a directed graph with in-edges only (its guard looks at successors);
// here such a node gets the value of the formula, as networkx 3.x's all-nodes path does.
// All nodes come from one enumeration of the triangles of the compact adjacency (see `measure`).
import type Graph from 'graphology';
import { MaillageError } from '../errors';
import { buildCsr, byNode, indexNodes, type Csr, type EdgeNumber, type NodeIndex } from './csr';

export interface BurtOptions {
  /** Edge weight (attribute name or getter); omit for an unweighted graph. */
  weight?: EdgeNumber;
}

export interface StructuralHoles {
  effectiveSize: Record<string, number>;
  efficiency: Record<string, number>;
  constraint: Record<string, number>;
}

interface Mutual {
  nodes: NodeIndex;
  csr: Csr;
  /** Mutual weight per arc; null when all are equal (unweighted, undirected, simple: 1 each). */
  weights: Float64Array | null;
  rowSum: Float64Array;
  rowMax: Float64Array;
}

function mutualAdjacency(graph: Graph, options: BurtOptions): Mutual {
  const nodes = indexNodes(graph);
  // Unweighted, undirected and simple, every mutual weight is equal: build the lighter unweighted
  // adjacency (the normalised measures do not see the common factor).
  const plain = options.weight === undefined && graph.type === 'undirected' && !graph.multi;
  const csr = buildCsr(graph, nodes, {
    mode: plain ? 'undirected' : 'mutual',
    ...(options.weight !== undefined ? { weight: options.weight } : {}),
  });
  const { n, offsets } = csr;
  const weights = csr.weights;
  const rowSum = new Float64Array(n);
  const rowMax = new Float64Array(n);
  if (!weights) {
    for (let u = 0; u < n; u++) {
      const degree = (offsets[u + 1] as number) - (offsets[u] as number);
      rowSum[u] = degree;
      rowMax[u] = degree === 0 ? -Infinity : 1;
    }
    return { nodes, csr, weights, rowSum, rowMax };
  }
  for (let u = 0; u < n; u++) {
    let sum = 0;
    let max = -Infinity;
    for (let e = offsets[u] as number; e < (offsets[u + 1] as number); e++) {
      const a = weights[e] as number;
      if (!Number.isFinite(a)) {
        throw new MaillageError('invalid_input', 'Structural holes need finite edge weights.');
      }
      sum += a;
      if (a > max) max = a;
    }
    rowSum[u] = sum;
    rowMax[u] = max;
  }
  return { nodes, csr, weights, rowSum, rowMax };
}

const ratio = (a: number, scale: number) => (scale === 0 ? 0 : a / scale);

/** Index of the arc from → to in a sorted row (binary search); -1 when absent. */
function arcIndex(csr: Csr, from: number, to: number): number {
  let low = csr.offsets[from] as number;
  let high = (csr.offsets[from + 1] as number) - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const t = csr.targets[mid] as number;
    if (t === to) return mid;
    if (t < to) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

interface Measures {
  sizes: Float64Array;
  constraints: Float64Array;
}

/**
 * Effective size and constraint of every node. In both sums only common neighbours count:
 * p(u,w) p(w,v) and p(u,w) m(v,w) vanish unless u, v, w form a triangle. So, per arc u→v,
 *   indirect(u→v)   = Σ_{w ∈ N(u) ∩ N(v)} p(u,w) p(w,v)   (constraint: ℓ(u,v) = (p(u,v) + indirect)²)
 *   redundancy(u→v) = Σ_{w ∈ N(u) ∩ N(v)} p(u,w) m(v,w)   (effective size: Σ_v 1 − redundancy)
 * and every triangle is enumerated once (u < w < x, along the sorted rows), adding its six
 * ordered contributions to both. That reads each wedge once instead of six times, and divides
 * out p and m only where a triangle needs them.
 */
function measure(mutual: Mutual): Measures {
  const { csr, weights, rowSum, rowMax } = mutual;
  const { n, offsets, targets } = csr;
  const arcs = targets.length;
  const weightOf = (e: number): number => (weights ? (weights[e] as number) : 1);
  const p = (e: number, from: number) => ratio(weightOf(e), rowSum[from] as number);
  const m = (e: number, from: number) => ratio(weightOf(e), rowMax[from] as number);

  // First arc of each row towards a greater node: triangles are enumerated as u < w < x.
  const above = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let e = offsets[u] as number;
    const end = offsets[u + 1] as number;
    while (e < end && (targets[e] as number) < u) e++;
    above[u] = e;
  }

  const indirect = new Float64Array(arcs);
  const redundancy = new Float64Array(arcs);
  const owner = new Int32Array(n).fill(-1);
  const arcTo = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const end = offsets[u + 1] as number;
    for (let e = above[u] as number; e < end; e++) {
      const x = targets[e] as number;
      owner[x] = u;
      arcTo[x] = e;
    }
    for (let uw = above[u] as number; uw < end; uw++) {
      const w = targets[uw] as number;
      for (let wx = above[w] as number, wEnd = offsets[w + 1] as number; wx < wEnd; wx++) {
        const x = targets[wx] as number;
        if (owner[x] !== u) continue;
        // A triangle u < w < x, its six arcs (the adjacency is symmetric).
        const ux = arcTo[x] as number;
        const wu = arcIndex(csr, w, u);
        const xu = arcIndex(csr, x, u);
        const xw = arcIndex(csr, x, w);
        const pUW = p(uw, u);
        const pUX = p(ux, u);
        const pWU = p(wu, w);
        const pWX = p(wx, w);
        const pXU = p(xu, x);
        const pXW = p(xw, x);
        indirect[ux] = (indirect[ux] as number) + pUW * pWX;
        indirect[uw] = (indirect[uw] as number) + pUX * pXW;
        indirect[wx] = (indirect[wx] as number) + pWU * pUX;
        indirect[wu] = (indirect[wu] as number) + pWX * pXU;
        indirect[xw] = (indirect[xw] as number) + pXU * pUW;
        indirect[xu] = (indirect[xu] as number) + pXW * pWU;
        redundancy[uw] = (redundancy[uw] as number) + pUX * m(wx, w);
        redundancy[ux] = (redundancy[ux] as number) + pUW * m(xw, x);
        redundancy[wu] = (redundancy[wu] as number) + pWX * m(ux, u);
        redundancy[wx] = (redundancy[wx] as number) + pWU * m(xu, x);
        redundancy[xu] = (redundancy[xu] as number) + pXW * m(uw, u);
        redundancy[xw] = (redundancy[xw] as number) + pXU * m(wu, w);
      }
    }
  }

  const sizes = new Float64Array(n);
  const constraints = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    if (start === end) {
      sizes[u] = NaN;
      constraints[u] = NaN;
      continue;
    }
    let size = 0;
    let c = 0;
    for (let e = start; e < end; e++) {
      size += 1 - (redundancy[e] as number);
      const local = p(e, u) + (indirect[e] as number);
      c += local * local;
    }
    sizes[u] = size;
    constraints[u] = c;
  }
  return { sizes, constraints };
}

function efficiencies(mutual: Mutual, sizes: Float64Array): Float64Array {
  const { offsets } = mutual.csr;
  const out = new Float64Array(sizes.length);
  for (let u = 0; u < sizes.length; u++) {
    const degree = (offsets[u + 1] as number) - (offsets[u] as number);
    out[u] = degree === 0 ? NaN : (sizes[u] as number) / degree;
  }
  return out;
}

/** Effective size, efficiency and constraint of every node, from one adjacency and one pass. */
export function structuralHoles(graph: Graph, options: BurtOptions = {}): StructuralHoles {
  const mutual = mutualAdjacency(graph, options);
  const { sizes, constraints } = measure(mutual);
  return {
    effectiveSize: byNode(mutual.nodes, sizes),
    efficiency: byNode(mutual.nodes, efficiencies(mutual, sizes)),
    constraint: byNode(mutual.nodes, constraints),
  };
}

export function effectiveSize(graph: Graph, options: BurtOptions = {}): Record<string, number> {
  const mutual = mutualAdjacency(graph, options);
  return byNode(mutual.nodes, measure(mutual).sizes);
}

export function efficiency(graph: Graph, options: BurtOptions = {}): Record<string, number> {
  const mutual = mutualAdjacency(graph, options);
  return byNode(mutual.nodes, efficiencies(mutual, measure(mutual).sizes));
}

export function constraint(graph: Graph, options: BurtOptions = {}): Record<string, number> {
  const mutual = mutualAdjacency(graph, options);
  return byNode(mutual.nodes, measure(mutual).constraints);
}

/**
 * Local constraint ℓ(u,v) on u with respect to v (any two nodes, as networkx's
 * `local_constraint`). Builds the adjacency each call: for many pairs, prefer `constraint`.
 */
export function localConstraint(
  graph: Graph,
  u: string,
  v: string,
  options: BurtOptions = {},
): number {
  const { csr, weights, rowSum, nodes } = mutualAdjacency(graph, options);
  const iu = nodes.index.get(u);
  const iv = nodes.index.get(v);
  if (iu === undefined || iv === undefined) {
    throw new MaillageError('not_found', `No node ${iu === undefined ? u : v} in the graph.`);
  }
  const p = (from: number, to: number): number => {
    const e = arcIndex(csr, from, to);
    if (e < 0) return 0;
    return ratio(weights ? (weights[e] as number) : 1, rowSum[from] as number);
  };
  let local = p(iu, iv);
  for (let e = csr.offsets[iu] as number; e < (csr.offsets[iu + 1] as number); e++) {
    local += p(iu, csr.targets[e] as number) * p(csr.targets[e] as number, iv);
  }
  return local * local;
}
