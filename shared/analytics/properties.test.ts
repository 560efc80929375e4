// Invariants that hold for every graph, checked with fast-check on random small graphs.
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweennessCentrality } from './betweenness';
import { brokerage } from './brokerage';
import { localConstraint, structuralHoles } from './burt';
import { localBridges, neighbourhoodOverlap } from './structure';

interface Spec {
  directed: boolean;
  n: number;
  edges: [number, number, number][];
  groups: number[];
}

const spec: fc.Arbitrary<Spec> = fc
  .record({ directed: fc.boolean(), n: fc.integer({ min: 1, max: 18 }) })
  .chain(({ directed, n }) =>
    fc.record({
      directed: fc.constant(directed),
      n: fc.constant(n),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 0, max: n - 1 }),
          fc.integer({ min: 1, max: 5 }),
        ),
        { maxLength: 3 * n },
      ),
      groups: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
    }),
  );

const SPHERES = ['primary', 'informal_secondary', 'formal_secondary'];

/** Builds the graph with the given node names, inserting nodes and edges in the given orders. */
function build(s: Spec, name: (i: number) => string, nodeOrder: number[], edgeOrder: number[]) {
  const graph: Graph = s.directed ? new DirectedGraph() : new UndirectedGraph();
  for (const i of nodeOrder) graph.addNode(name(i), { sphere: SPHERES[s.groups[i] as number] });
  // A pair drawn twice keeps its largest weight, whatever the order of insertion.
  const key = (u: number, v: number) => (s.directed || u < v ? `${u}>${v}` : `${v}>${u}`);
  const weight = new Map<string, number>();
  for (const [u, v, w] of s.edges) weight.set(key(u, v), Math.max(w, weight.get(key(u, v)) ?? 0));
  for (const e of edgeOrder) {
    const [u, v] = s.edges[e] as [number, number, number];
    if (u !== v) graph.mergeEdge(name(u), name(v), { weight: weight.get(key(u, v)) });
  }
  return graph;
}

const identity = (n: number) => Array.from({ length: n }, (_, i) => i);
const plain = (s: Spec) => build(s, String, identity(s.n), identity(s.edges.length));

/** The same graph renamed (random distinct ids) and inserted in shuffled orders. */
const relabelled = spec.chain((s) =>
  fc.record({
    s: fc.constant(s),
    ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), {
      minLength: s.n,
      maxLength: s.n,
    }),
    nodeOrder: fc.shuffledSubarray(identity(s.n), { minLength: s.n, maxLength: s.n }),
    edgeOrder: fc.shuffledSubarray(identity(s.edges.length), {
      minLength: s.edges.length,
      maxLength: s.edges.length,
    }),
  }),
);

function expectSameValues(
  a: Record<string, number>,
  b: Record<string, number>,
  rename: (id: string) => string,
) {
  for (const [id, value] of Object.entries(a)) {
    const other = b[rename(id)] as number;
    if (Number.isNaN(value)) expect(other).toBeNaN();
    else expect(Math.abs(value - other)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
  }
}

describe('for any graph', () => {
  it('effective size is at most the number of contacts; efficiency in [0, 1]', () => {
    fc.assert(
      fc.property(spec, fc.boolean(), (s, weighted) => {
        const graph = plain(s);
        const holes = structuralHoles(graph, weighted ? { weight: 'weight' } : {});
        graph.forEachNode((node) => {
          const contacts = graph.neighbors(node).length;
          const size = holes.effectiveSize[node] as number;
          if (contacts === 0) return expect(size).toBeNaN();
          expect(size).toBeLessThanOrEqual(contacts + 1e-9);
          expect(holes.efficiency[node]).toBeGreaterThanOrEqual(0);
          expect(holes.efficiency[node]).toBeLessThanOrEqual(1 + 1e-9);
          expect(holes.constraint[node]).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('constraint is the sum of the local constraints on each contact (two computations)', () => {
    fc.assert(
      fc.property(spec, fc.boolean(), (s, weighted) => {
        const graph = plain(s);
        const options = weighted ? { weight: 'weight' } : {};
        const { constraint } = structuralHoles(graph, options);
        graph.forEachNode((node) => {
          const contacts = graph.neighbors(node);
          if (contacts.length === 0) return;
          const sum = contacts.reduce((t, v) => t + localConstraint(graph, node, v, options), 0);
          expect(Math.abs((constraint[node] as number) - sum)).toBeLessThanOrEqual(1e-12);
        });
      }),
    );
  });

  it("effective size equals a direct transcription of networkx's formula", () => {
    fc.assert(
      fc.property(spec, fc.boolean(), (s, weighted) => {
        const graph = plain(s);
        const { effectiveSize } = structuralHoles(graph, weighted ? { weight: 'weight' } : {});
        const expected = naiveEffectiveSize(graph, weighted);
        graph.forEachNode((node) => {
          const want = expected[node] as number;
          if (Number.isNaN(want)) return expect(effectiveSize[node]).toBeNaN();
          expect(Math.abs((effectiveSize[node] as number) - want)).toBeLessThanOrEqual(1e-12);
        });
      }),
    );
  });

  it('neighbourhood overlap is in [0, 1]', () => {
    fc.assert(
      fc.property(spec, (s) => {
        for (const { overlap } of neighbourhoodOverlap(plain(s))) {
          expect(overlap >= 0 && overlap <= 1).toBe(true);
        }
      }),
    );
  });

  it('brokerage roles add up to the open two-paths through each actor', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const graph = plain(s);
        const counts = brokerage(graph);
        const arc = (a: string, b: string) =>
          graph.hasDirectedEdge(a, b) || graph.hasUndirectedEdge(a, b);
        graph.forEachNode((v) => {
          let open = 0;
          for (const i of graph.nodes()) {
            for (const k of graph.nodes()) {
              if (i !== k && i !== v && k !== v && arc(i, v) && arc(v, k) && !arc(i, k)) open++;
            }
          }
          const c = counts[v];
          expect(c?.total).toBe(open);
          expect(
            (c?.coordinator ?? 0) +
              (c?.itinerant ?? 0) +
              (c?.representative ?? 0) +
              (c?.gatekeeper ?? 0) +
              (c?.liaison ?? 0),
          ).toBe(open);
        });
      }),
    );
  });

  it('betweenness is in [0, 1] and agrees with graphology-metrics, by hops and by distance', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const graph = plain(s);
        const ours = betweennessCentrality(graph);
        for (const value of Object.values(ours))
          expect(value >= 0 && value <= 1 + 1e-12).toBe(true);
        expectSameValues(ours, graphologyBetweenness(graph, { getEdgeWeight: null }), String);
        expectSameValues(
          betweennessCentrality(graph, { distance: 'weight' }),
          graphologyBetweenness(graph, { getEdgeWeight: 'weight' }),
          String,
        );
      }),
    );
  });

  it('a span is the length of the shortest path once the tie is removed', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const graph = plain(s);
        for (const row of localBridges(graph)) {
          const without = new UndirectedGraph();
          graph.forEachNode((node) => without.addNode(node));
          graph.forEachEdge((_e, _a, a, b) => {
            const same =
              (a === row.source && b === row.target) || (a === row.target && b === row.source);
            if (!same) without.mergeEdge(a, b);
          });
          expect(row.span).toBe(hops(without, row.source, row.target));
          const common = graph
            .neighbors(row.source)
            .filter((x) => graph.neighbors(row.target).includes(x));
          expect(row.localBridge).toBe(common.length === 0);
        }
      }),
    );
  });

  it('results do not depend on node ids nor on the order of insertion', () => {
    fc.assert(
      fc.property(relabelled, ({ s, ids, nodeOrder, edgeOrder }) => {
        const a = plain(s);
        const b = build(s, (i) => ids[i] as string, nodeOrder, edgeOrder);
        const rename = (id: string) => ids[Number(id)] as string;
        expectSameValues(betweennessCentrality(a), betweennessCentrality(b), rename);
        const weighted = { distance: 'weight' };
        expectSameValues(
          betweennessCentrality(a, weighted),
          betweennessCentrality(b, weighted),
          rename,
        );
        const ha = structuralHoles(a, { weight: 'weight' });
        const hb = structuralHoles(b, { weight: 'weight' });
        expectSameValues(ha.effectiveSize, hb.effectiveSize, rename);
        expectSameValues(ha.constraint, hb.constraint, rename);
        const ba = brokerage(a);
        const bb = brokerage(b);
        for (const id of a.nodes()) expect(bb[rename(id)]).toEqual(ba[id]);
        const pair = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
        const spans = (rows: ReturnType<typeof localBridges>, r: (id: string) => string) =>
          Object.fromEntries(rows.map((row) => [pair(r(row.source), r(row.target)), row.span]));
        expect(spans(localBridges(b), (id) => id)).toEqual(spans(localBridges(a), rename));
        const overlaps = (
          rows: ReturnType<typeof neighbourhoodOverlap>,
          r: (id: string) => string,
        ) =>
          Object.fromEntries(rows.map((row) => [pair(r(row.source), r(row.target)), row.overlap]));
        expect(overlaps(neighbourhoodOverlap(b), (id) => id)).toEqual(
          overlaps(neighbourhoodOverlap(a), rename),
        );
      }),
    );
  });
});

/** networkx's effective_size, term by term, straight on the graphology graph. */
function naiveEffectiveSize(graph: Graph, weighted: boolean): Record<string, number> {
  const mutual = (u: string, v: string): number => {
    let total = 0;
    graph.forEachEdge((_e, attributes, source, target, _sa, _ta, undirected) => {
      const between = (source === u && target === v) || (source === v && target === u);
      if (between) total += (weighted ? (attributes.weight as number) : 1) * (undirected ? 2 : 1);
    });
    return total;
  };
  const out: Record<string, number> = {};
  graph.forEachNode((u) => {
    const contacts = graph.neighbors(u);
    if (contacts.length === 0) return (out[u] = NaN);
    const sum = (x: string) => graph.neighbors(x).reduce((t, y) => t + mutual(x, y), 0);
    const max = (x: string) => Math.max(...graph.neighbors(x).map((y) => mutual(x, y)));
    let size = 0;
    for (const v of contacts) {
      let redundancy = 0;
      for (const w of contacts) redundancy += (mutual(u, w) / sum(u)) * (mutual(v, w) / max(v));
      size += 1 - redundancy;
    }
    out[u] = size;
  });
  return out;
}

/** Plain BFS distance, null when unreachable. */
function hops(graph: Graph, from: string, to: string): number | null {
  const dist = new Map([[from, 0]]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i] as string;
    if (v === to) return dist.get(v) as number;
    for (const w of graph.neighbors(v)) {
      if (!dist.has(w)) {
        dist.set(w, (dist.get(v) as number) + 1);
        queue.push(w);
      }
    }
  }
  return null;
}
