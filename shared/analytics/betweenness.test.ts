import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { MaillageError } from '../errors';
import { betweennessCentrality, startBetweenness } from './betweenness';
import { AnalyticsCancelledError } from './control';

/** The family on one side, the institutions on the other, the educator between them. */
function familyAndInstitutions(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const [a, b] of [
    ['ego', 'mother'],
    ['ego', 'brother'],
    ['mother', 'brother'],
    ['ego', 'educator'],
    ['mother', 'educator'],
    ['educator', 'school'],
    ['educator', 'ase'],
    ['school', 'ase'],
  ] as const) {
    graph.mergeEdge(a, b);
  }
  return graph;
}

describe('betweennessCentrality', () => {
  it('puts the educator who links the family to the institutions first', () => {
    const scores = betweennessCentrality(familyAndInstitutions());
    const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('educator');
    // Every shortest path between the 3 family members and the 2 institutions goes through the
    // educator: 6 of the 10 pairs that do not include them.
    expect(scores.educator).toBeCloseTo(6 / 10, 12);
    expect(scores.school).toBe(0);
  });

  it('normalises as networkx does: the middle of a path of three is 1, of a directed one 0.5', () => {
    const path = new UndirectedGraph();
    path.mergeEdge('a', 'b');
    path.mergeEdge('b', 'c');
    expect(betweennessCentrality(path)).toEqual({ a: 0, b: 1, c: 0 });
    const directed = new DirectedGraph();
    directed.mergeEdge('a', 'b');
    directed.mergeEdge('b', 'c');
    expect(betweennessCentrality(directed)).toEqual({ a: 0, b: 0.5, c: 0 });
    expect(betweennessCentrality(path, { normalized: false })).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('never reads a `weight` attribute unless told to: strengths are not distances', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { weight: 5 });
    graph.mergeEdge('b', 'c', { weight: 5 });
    graph.mergeEdge('a', 'c', { weight: 1 });
    expect(betweennessCentrality(graph).b).toBe(0);
    // Read as a distance, a–c (1) is shorter than a–b–c (10): still no one between.
    expect(betweennessCentrality(graph, { distance: 'weight' }).b).toBe(0);
    // Strength inverted into a distance: a–b–c (0.4) beats a–c (1), b is now between.
    const inverted = betweennessCentrality(graph, {
      distance: (_e, attributes) => 1 / (attributes.weight as number),
    });
    expect(inverted.b).toBe(1);
  });

  it('refuses distances that are not positive and finite', () => {
    const graph = new UndirectedGraph();
    graph.mergeEdge('a', 'b', { length: 0 });
    expect(() => betweennessCentrality(graph, { distance: 'length' })).toThrow(MaillageError);
  });

  it('reports progress and stops when asked', () => {
    const graph = familyAndInstitutions();
    const seen: [number, number][] = [];
    betweennessCentrality(graph, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen[0]).toEqual([0, 6]);
    expect(seen.at(-1)).toEqual([6, 6]);
    let polls = 0;
    expect(() => betweennessCentrality(graph, { shouldStop: () => ++polls > 3 })).toThrow(
      AnalyticsCancelledError,
    );
    expect(polls).toBe(4);
  });

  it('can be driven step by step and gives the same result', () => {
    const graph = familyAndInstitutions();
    const run = startBetweenness(graph);
    expect(() => run.result()).toThrow(MaillageError);
    expect(run.step(4)).toBe(false);
    expect(run.done).toBe(4);
    expect(run.step(4)).toBe(true);
    expect(run.result()).toEqual(betweennessCentrality(graph));
  });

  it('samples k seeded pivots and scales by n/k; k = n is the exact value', () => {
    const graph = familyAndInstitutions();
    expect(betweennessCentrality(graph, { pivots: 6 })).toEqual(betweennessCentrality(graph));
    const a = betweennessCentrality(graph, { pivots: 3, seed: 7 });
    expect(betweennessCentrality(graph, { pivots: 3, seed: 7 })).toEqual(a);
    expect(startBetweenness(graph, { pivots: 3 }).total).toBe(3);
    // The estimate is unbiased: averaged over every seed's draw it tends to the exact value.
    let mean = 0;
    const draws = 400;
    for (let seed = 1; seed <= draws; seed++) {
      mean += betweennessCentrality(graph, { pivots: 3, seed }).educator as number;
    }
    expect(mean / draws).toBeCloseTo(6 / 10, 1);
    expect(() => betweennessCentrality(graph, { pivots: 0 })).toThrow(MaillageError);
    expect(() => betweennessCentrality(graph, { pivots: 99.5 })).toThrow(MaillageError);
  });
});
