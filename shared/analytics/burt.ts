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
// All nodes are computed in one pass over the compact adjacency: Σ_u Σ_{w∈N(u)} deg(w) steps.
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
  weights: Float64Array;
  rowSum: Float64Array;
  rowMax: Float64Array;
}

function mutualAdjacency(graph: Graph, options: BurtOptions): Mutual {
  const nodes = indexNodes(graph);
  // Unweighted, undirected and simple, every mutual weight is equal: build the lighter unweighted
  // adjacency and weigh each arc 1 (the normalised measures do not see the factor 2).
  const plain = options.weight === undefined && graph.type === 'undirected' && !graph.multi;
  const csr = buildCsr(graph, nodes, {
    mode: plain ? 'undirected' : 'mutual',
    ...(options.weight !== undefined ? { weight: options.weight } : {}),
  });
  const weights = csr.weights ?? new Float64Array(csr.targets.length).fill(1);
  for (const value of weights) {
    if (!Number.isFinite(value)) {
      throw new MaillageError('invalid_input', 'Structural holes need finite edge weights.');
    }
  }
  const rowSum = new Float64Array(csr.n);
  const rowMax = new Float64Array(csr.n);
  for (let u = 0; u < csr.n; u++) {
    let sum = 0;
    let max = -Infinity;
    for (let e = csr.offsets[u] as number; e < (csr.offsets[u + 1] as number); e++) {
      const a = weights[e] as number;
      sum += a;
      if (a > max) max = a;
    }
    rowSum[u] = sum;
    rowMax[u] = max;
  }
  return { nodes, csr, weights, rowSum, rowMax };
}

const ratio = (a: number, scale: number) => (scale === 0 ? 0 : a / scale);

interface Measures {
  sizes: Float64Array;
  constraints: Float64Array;
}

/**
 * Effective size and constraint of every node in one pass. For each u, N(u) is marked with
 * p(u,·); then for each w ∈ N(u) and each x ∈ N(w) ∩ N(u), p(u,w) p(w,x) adds to the indirect
 * investment of u in x, and p(u,x) m(w,x) to the redundancy of w. In a sparse network few x are
 * marked, so p(w,x) and m(w,x) are divided out only there.
 */
function measure(mutual: Mutual): Measures {
  const { csr, weights, rowSum, rowMax } = mutual;
  const { n, offsets, targets } = csr;
  const sizes = new Float64Array(n);
  const constraints = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  const pu = new Float64Array(n);
  const indirect = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    if (start === end) {
      sizes[u] = NaN;
      constraints[u] = NaN;
      continue;
    }
    const su = rowSum[u] as number;
    for (let e = start; e < end; e++) {
      const w = targets[e] as number;
      mark[w] = u;
      pu[w] = ratio(weights[e] as number, su);
      indirect[w] = 0;
    }
    let size = 0;
    for (let e = start; e < end; e++) {
      const w = targets[e] as number;
      const puw = pu[w] as number;
      let redundancy = 0;
      for (let f = offsets[w] as number, fEnd = offsets[w + 1] as number; f < fEnd; f++) {
        const x = targets[f] as number;
        if (mark[x] !== u) continue;
        const a = weights[f] as number;
        indirect[x] = (indirect[x] as number) + puw * ratio(a, rowSum[w] as number);
        redundancy += (pu[x] as number) * ratio(a, rowMax[w] as number);
      }
      size += 1 - redundancy;
    }
    let c = 0;
    for (let e = start; e < end; e++) {
      const v = targets[e] as number;
      const local = (pu[v] as number) + (indirect[v] as number);
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
  const mutual = mutualAdjacency(graph, options);
  const { csr, weights, rowSum, nodes } = mutual;
  const iu = nodes.index.get(u);
  const iv = nodes.index.get(v);
  if (iu === undefined || iv === undefined) {
    throw new MaillageError('not_found', `No node ${iu === undefined ? u : v} in the graph.`);
  }
  const p = (a: number, b: number): number => {
    for (let e = csr.offsets[a] as number; e < (csr.offsets[a + 1] as number); e++) {
      if (csr.targets[e] === b) return ratio(weights[e] as number, rowSum[a] as number);
    }
    return 0;
  };
  let local = p(iu, iv);
  for (let e = csr.offsets[iu] as number; e < (csr.offsets[iu + 1] as number); e++) {
    const w = csr.targets[e] as number;
    local += ratio(weights[e] as number, rowSum[iu] as number) * p(w, iv);
  }
  return local * local;
}
