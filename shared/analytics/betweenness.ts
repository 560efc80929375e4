// Betweenness centrality (Brandes 2001) on a compact adjacency, normalised as networkx's
// `betweenness_centrality` does by default (normalized=True, endpoints=False):
//   directed graph:   sum over ordered pairs s≠t≠v of σ_st(v)/σ_st, divided by (n−1)(n−2);
//   undirected graph: the same divided by (n−1)(n−2), which counts each unordered pair once
//                     against (n−1)(n−2)/2 pairs.
// Unweighted graphs use BFS; with `distance`, Dijkstra with an indexed binary heap.
//
// `distance` is a COST (longer = farther). A tie-strength weight is the opposite: pass e.g.
// `(_e, a) => 1 / a.strength` rather than the strength itself (DOMAIN.md's pitfall; this module
// never reads an attribute called `weight` unless told to).
//
// Sampled betweenness (`pivots: k, seed`) sums the dependencies of k distinct sources drawn with a
// seeded generator from the nodes in id order, then scales by n/k like networkx's
// `betweenness_centrality(k=...)`. The draw is not Python's, so the sampled values equal
// networkx's only for the same pivot set. Unlike networkx 2.8, the n/k factor is also applied
// when `normalized` is false on a directed graph, so the estimate stays unbiased.
import type Graph from 'graphology';
import { MaillageError } from '../errors';
import { buildCsr, byNode, degrees, indexNodes, transpose, type Csr, type EdgeNumber } from './csr';
import { progressReporter, type RunControl } from './control';

export interface BetweennessOptions {
  /** Edge length (positive, finite); omit to count hops. */
  distance?: EdgeNumber;
  /** Divide as networkx does by default (true). False gives raw pair counts (halved if undirected). */
  normalized?: boolean;
  /** Sample this many source nodes instead of all of them. */
  pivots?: number;
  /** Seed of the pivot draw (default 1). Same seed, same graph: same pivots. */
  seed?: number;
}

/** A betweenness computation driven source by source (for a worker that yields between steps). */
export interface BetweennessRun {
  /** Number of sources to process (n, or the number of pivots). */
  readonly total: number;
  readonly done: number;
  /** Processes up to `maxSources` more sources; returns true once every source is done. */
  step(maxSources: number): boolean;
  /** The scaled centralities, keyed by node id. Only once `step` has returned true. */
  result(): Record<string, number>;
}

/** A graph is treated as directed when it has at least one directed edge. */
export function isDirectedGraph(graph: Graph): boolean {
  return graph.type === 'directed' || (graph.type === 'mixed' && graph.directedSize > 0);
}

export function startBetweenness(graph: Graph, options: BetweennessOptions = {}): BetweennessRun {
  const nodes = indexNodes(graph);
  const n = nodes.ids.length;
  const csr = buildCsr(graph, nodes, {
    mode: 'out',
    ...(options.distance !== undefined ? { weight: options.distance, merge: 'min' as const } : {}),
  });
  checkDistances(csr);
  const sources = chooseSources(n, options);
  const bc = new Float64Array(n);
  const accumulate = csr.weights
    ? dijkstraBrandes(csr, bc)
    : bfsBrandes(csr, isDirectedGraph(graph) ? transpose(csr) : csr, bc);
  let done = 0;
  return {
    total: sources.length,
    get done() {
      return done;
    },
    step(maxSources) {
      const end = Math.min(sources.length, done + Math.max(1, Math.floor(maxSources)));
      for (; done < end; done++) accumulate(sources[done] as number);
      return done === sources.length;
    },
    result() {
      if (done < sources.length) {
        throw new MaillageError('internal', 'Betweenness read before the run finished.');
      }
      const scale = scaleFactor(n, sources.length, isDirectedGraph(graph), options);
      const out = new Float64Array(n);
      for (let v = 0; v < n; v++) out[v] = (bc[v] as number) * scale;
      return byNode(nodes, out);
    },
  };
}

/** Exact (or sampled) betweenness of every node, keyed by node id. */
export function betweennessCentrality(
  graph: Graph,
  options: BetweennessOptions & RunControl = {},
): Record<string, number> {
  const run = startBetweenness(graph, options);
  const report = progressReporter(options, run.total);
  report(0);
  while (!run.step(1)) report(run.done);
  report(run.done);
  return run.result();
}

function checkDistances(csr: Csr): void {
  if (!csr.weights) return;
  for (const value of csr.weights) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new MaillageError(
        'invalid_input',
        'Betweenness needs positive, finite edge distances.',
      );
    }
  }
}

function chooseSources(n: number, options: BetweennessOptions): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const k = options.pivots;
  if (k === undefined) return all;
  if (!Number.isInteger(k) || k < 1) {
    throw new MaillageError('invalid_input', 'The number of pivots must be a positive integer.');
  }
  if (k >= n) return all;
  // Partial Fisher–Yates shuffle: the first k positions are a uniform sample without replacement.
  const random = mulberry32(options.seed ?? 1);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i] as number;
    all[i] = all[j] as number;
    all[j] = t;
  }
  return all.slice(0, k);
}

/** Small, well-known 32-bit generator; deterministic across engines. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scaleFactor(
  n: number,
  sampled: number,
  directed: boolean,
  options: BetweennessOptions,
): number {
  let scale = 1;
  if (options.normalized ?? true) {
    if (n > 2) scale = 1 / ((n - 1) * (n - 2));
  } else if (!directed) {
    scale = 0.5;
  }
  return sampled < n ? (scale * n) / sampled : scale;
}

/**
 * Unweighted Brandes with a direction-optimising BFS (Beamer et al. 2012). Each level is expanded
 * either top-down (scan the out-arcs of the frontier) or bottom-up (scan the in-arcs of the nodes
 * not reached yet, looking for parents in the frontier), whichever has fewer arcs to read. On a
 * small-world graph most nodes are reached in two or three levels, and bottom-up then reads far
 * fewer arcs. Unlike a plain BFS, Brandes needs every parent of a node (for σ), so bottom-up
 * never stops early. The arcs of the shortest-path DAG are kept per level as (parent, child)
 * pairs, and the backward pass reads only them, in reverse level order:
 *   acc(v) = Σ_{children w} coefficient(w),  δ(v) = σ(v) acc(v),  coefficient(v) = 1/σ(v) + acc(v)
 * (so δ(v) = Σ_w σ(v)/σ(w) (1 + δ(w)), Brandes' recurrence).
 */
function bfsBrandes(out: Csr, into: Csr, bc: Float64Array): (source: number) => void {
  const { n } = out;
  const outOffsets = out.offsets;
  const outTargets = out.targets;
  const inOffsets = into.offsets;
  const inTargets = into.targets;
  const outDegree = degrees(out);
  const inDegree = degrees(into);
  const totalIn = inTargets.length;
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const acc = new Float64Array(n);
  const coefficient = new Float64Array(n);
  const order = new Int32Array(n);
  const levelStart = new Int32Array(n + 2);
  const pairStart = new Int32Array(n + 1);
  const parent = new Int32Array(outTargets.length);
  const child = new Int32Array(outTargets.length);
  const unvisited = new Int32Array(n);

  return (s) => {
    dist[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    levelStart[0] = 0;
    levelStart[1] = 1;
    let tail = 1;
    let pairs = 0;
    let level = 0;
    let frontierArcs = outDegree[s] as number;
    let remainingArcs = totalIn - (inDegree[s] as number);
    let listed = -1; // length of the unvisited list; -1 until a bottom-up level makes it

    while ((levelStart[level + 1] as number) > (levelStart[level] as number)) {
      const next = level + 1;
      pairStart[level] = pairs;
      let nextArcs = 0;
      if (frontierArcs <= remainingArcs + (listed < 0 ? n : listed)) {
        for (let i = levelStart[level] as number, end = levelStart[next] as number; i < end; i++) {
          const v = order[i] as number;
          const sv = sigma[v] as number;
          for (let e = outOffsets[v] as number, eEnd = outOffsets[v + 1] as number; e < eEnd; e++) {
            const w = outTargets[e] as number;
            const dw = dist[w] as number;
            if (dw < 0) {
              dist[w] = next;
              sigma[w] = sv;
              order[tail++] = w;
              nextArcs += outDegree[w] as number;
              remainingArcs -= inDegree[w] as number;
            } else if (dw === next) {
              sigma[w] = (sigma[w] as number) + sv;
            } else {
              continue;
            }
            parent[pairs] = v;
            child[pairs++] = w;
          }
        }
      } else {
        // The first bottom-up level walks every node and lists those it leaves unreached;
        // later ones walk that list only.
        const everyNode = listed < 0;
        const count = everyNode ? n : listed;
        let kept = 0;
        for (let k = 0; k < count; k++) {
          const w = everyNode ? k : (unvisited[k] as number);
          if ((dist[w] as number) >= 0) continue; // reached already (or by a top-down level since)
          let sw = 0;
          for (let e = inOffsets[w] as number, eEnd = inOffsets[w + 1] as number; e < eEnd; e++) {
            const v = inTargets[e] as number;
            if (dist[v] === level) {
              sw += sigma[v] as number;
              parent[pairs] = v;
              child[pairs++] = w;
            }
          }
          if (sw > 0) {
            dist[w] = next;
            sigma[w] = sw;
            order[tail++] = w;
            nextArcs += outDegree[w] as number;
            remainingArcs -= inDegree[w] as number;
          } else {
            unvisited[kept++] = w;
          }
        }
        listed = kept;
      }
      level = next;
      levelStart[level + 1] = tail;
      frontierArcs = nextArcs;
    }
    pairStart[level] = pairs;

    for (let d = level - 1; d >= 0; d--) {
      for (let i = levelStart[d + 1] as number, end = levelStart[d + 2] as number; i < end; i++) {
        const w = order[i] as number;
        const a = acc[w] as number;
        const sw = sigma[w] as number;
        bc[w] = (bc[w] as number) + sw * a;
        coefficient[w] = 1 / sw + a;
        acc[w] = 0;
      }
      for (let j = pairStart[d] as number, end = pairStart[d + 1] as number; j < end; j++) {
        const v = parent[j] as number;
        acc[v] = (acc[v] as number) + (coefficient[child[j] as number] as number);
      }
    }
    acc[s] = 0;
    for (let i = 0; i < tail; i++) dist[order[i] as number] = -1;
  };
}

/**
 * Weighted Brandes: Dijkstra with an indexed binary heap (decrease-key), positive lengths; w is a
 * DAG successor of v when d(v) + length(v,w) = d(w) exactly, the test networkx makes.
 */
function dijkstraBrandes(csr: Csr, bc: Float64Array): (source: number) => void {
  const { n, offsets, targets } = csr;
  const weights = csr.weights as Float64Array;
  const dist = new Float64Array(n).fill(Infinity);
  const sigma = new Float64Array(n);
  const coefficient = new Float64Array(n);
  const order = new Int32Array(n);
  const heap = new Int32Array(n);
  const position = new Int32Array(n).fill(-1);
  let size = 0;

  const swap = (i: number, j: number) => {
    const a = heap[i] as number;
    const b = heap[j] as number;
    heap[i] = b;
    heap[j] = a;
    position[b] = i;
    position[a] = j;
  };
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((dist[heap[parent] as number] as number) <= (dist[heap[i] as number] as number)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      let child = left;
      if (
        right < size &&
        (dist[heap[right] as number] as number) < (dist[heap[left] as number] as number)
      ) {
        child = right;
      }
      if ((dist[heap[i] as number] as number) <= (dist[heap[child] as number] as number)) return;
      swap(i, child);
      i = child;
    }
  };

  return (s) => {
    dist[s] = 0;
    sigma[s] = 1;
    heap[0] = s;
    position[s] = 0;
    size = 1;
    let count = 0;
    while (size > 0) {
      const v = heap[0] as number;
      size--;
      position[v] = -2; // settled
      if (size > 0) {
        heap[0] = heap[size] as number;
        position[heap[0] as number] = 0;
        down(0);
      }
      order[count++] = v;
      const dv = dist[v] as number;
      const sv = sigma[v] as number;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        const p = position[w] as number;
        if (p === -2) continue;
        const candidate = dv + (weights[e] as number);
        if (p === -1) {
          dist[w] = candidate;
          sigma[w] = sv;
          heap[size] = w;
          position[w] = size;
          size++;
          up(size - 1);
        } else if (candidate < (dist[w] as number)) {
          dist[w] = candidate;
          sigma[w] = sv;
          up(p);
        } else if (candidate === dist[w]) {
          sigma[w] = (sigma[w] as number) + sv;
        }
      }
    }
    for (let i = count - 1; i >= 0; i--) {
      const v = order[i] as number;
      const dv = dist[v] as number;
      let sum = 0;
      for (let e = offsets[v] as number, end = offsets[v + 1] as number; e < end; e++) {
        const w = targets[e] as number;
        if (dv + (weights[e] as number) === dist[w]) sum += coefficient[w] as number;
      }
      const sv = sigma[v] as number;
      const delta = sv * sum;
      if (v !== s) bc[v] = (bc[v] as number) + delta;
      coefficient[v] = (1 + delta) / sv;
    }
    for (let i = 0; i < count; i++) {
      const v = order[i] as number;
      dist[v] = Infinity;
      position[v] = -1;
    }
  };
}
