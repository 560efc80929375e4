import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { AnalyticsCancelledError } from './control';
import { localBridges, neighbourhoodOverlap, simmelianStrength, weakBridges } from './structure';

/** Two triangles (the family, the institutions) joined by one tie ego–educator. */
function twoCircles(): UndirectedGraph {
  const graph = new UndirectedGraph();
  const ties: [string, string, boolean][] = [
    ['ego', 'mother', true],
    ['ego', 'brother', true],
    ['mother', 'brother', true],
    ['ego', 'educator', false],
    ['educator', 'school', true],
    ['educator', 'ase', false],
    ['school', 'ase', true],
  ];
  for (const [a, b, strong] of ties) graph.mergeEdgeWithKey(`${a}-${b}`, a, b, { strong });
  return graph;
}

const byEdge = <T extends { edge: string }>(rows: T[]) =>
  Object.fromEntries(rows.map((row) => [row.edge, row]));

describe('neighbourhood overlap and Simmelian strength', () => {
  it('is high inside a circle and 0 on the tie between circles', () => {
    const overlap = byEdge(neighbourhoodOverlap(twoCircles()));
    // mother and brother share ego; their other contacts: none besides each other and ego.
    expect(overlap['mother-brother']).toMatchObject({ common: 1, overlap: 1 });
    // ego (3 ties) and mother (2): 1 common, (2 + 1 − 1) = 2.
    expect(overlap['ego-mother']?.overlap).toBe(0.5);
    expect(overlap['ego-educator']).toMatchObject({ common: 0, overlap: 0 });
    expect(simmelianStrength(twoCircles())).toMatchObject({ 'ego-educator': 0, 'ego-mother': 1 });
  });

  it('is 0, not NaN, for a pair who know nobody else', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdgeWithKey('t', 'a', 'b');
    expect(neighbourhoodOverlap(graph)).toEqual([
      { edge: 't', source: 'a', target: 'b', common: 0, overlap: 0 },
    ]);
  });
});

describe('local bridges', () => {
  it('finds the only tie between two circles, a bridge with no other path', () => {
    const bridges = byEdge(localBridges(twoCircles()));
    expect(bridges['ego-educator']).toMatchObject({ localBridge: true, bridge: true, span: null });
    expect(bridges['ego-mother']).toMatchObject({ localBridge: false, bridge: false, span: 2 });
  });

  it('gives the span: the length of the shortest other path', () => {
    const graph = new UndirectedGraph();
    const ring = ['a', 'b', 'c', 'd', 'e'];
    ring.forEach((v, i) =>
      graph.mergeEdgeWithKey(`${v}`, v, ring[(i + 1) % ring.length] as string),
    );
    for (const row of localBridges(graph))
      expect(row).toMatchObject({ localBridge: true, span: 4 });
    graph.mergeEdgeWithKey('shortcut', 'a', 'c');
    const rows = byEdge(localBridges(graph));
    expect(rows.a?.localBridge).toBe(false); // a–b now closes the triangle a, b, c
    expect(rows.c).toMatchObject({ localBridge: true, span: 3 }); // c–d: c–a–e–d
    expect(rows.shortcut?.localBridge).toBe(false);
  });

  it('reads a directed graph as undirected: two arcs are one tie', () => {
    const graph = new DirectedGraph();
    graph.mergeEdgeWithKey('ab', 'a', 'b');
    graph.mergeEdgeWithKey('ba', 'b', 'a');
    graph.mergeEdgeWithKey('bc', 'b', 'c');
    graph.mergeEdgeWithKey('ca', 'c', 'a');
    const rows = byEdge(localBridges(graph));
    expect(rows.ab).toMatchObject({ localBridge: false, span: 2 });
    expect(rows.ba).toMatchObject({ localBridge: false, span: 2 });
  });

  it('counts two ties drawn between the same pair as one', () => {
    const graph = new MultiUndirectedGraph();
    graph.import({ nodes: [{ key: 'a' }, { key: 'b' }, { key: 'c' }] });
    graph.addEdgeWithKey('first', 'a', 'b');
    graph.addEdgeWithKey('second', 'a', 'b');
    graph.addEdgeWithKey('bc', 'b', 'c');
    const rows = byEdge(localBridges(graph));
    expect(rows.first).toMatchObject({ localBridge: true, bridge: true, span: null });
    expect(rows.second).toMatchObject({ localBridge: true, bridge: true, span: null });
    expect(byEdge(neighbourhoodOverlap(graph)).first?.overlap).toBe(0);
  });

  it('calls out the weak ties that bridge: the strength of weak ties', () => {
    expect(weakBridges(twoCircles()).map((b) => b.edge)).toEqual(['ego-educator']);
  });

  it('reports progress per tie and stops when asked', () => {
    const seen: number[] = [];
    localBridges(twoCircles(), { onProgress: (done) => seen.push(done) });
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(() => localBridges(twoCircles(), { shouldStop: () => true })).toThrow(
      AnalyticsCancelledError,
    );
  });
});
