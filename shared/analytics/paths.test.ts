import { describe, expect, it } from 'vitest';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { chainsToActor, chainsToGroup, shortestChains } from './paths';

// E reaches the housing service T through A or B; a second housing actor T2 is farther (E-C-D-T2).
function neighbourhood(): UndirectedGraph {
  const graph = new UndirectedGraph();
  const domains: Record<string, string> = {
    E: 'family',
    A: 'friends',
    B: 'school',
    C: 'sport',
    D: 'health',
    T: 'housing',
    T2: 'housing',
    Z: 'justice',
  };
  for (const [node, domain] of Object.entries(domains)) graph.addNode(node, { domain });
  for (const [a, b] of [
    ['E', 'B'],
    ['E', 'A'],
    ['B', 'T'],
    ['A', 'T'],
    ['E', 'C'],
    ['C', 'D'],
    ['D', 'T2'],
  ] as const)
    graph.addEdge(a, b);
  return graph;
}

describe('the shortest chains from the person', () => {
  it('finds every shortest chain to the nearest housing actor, in a fixed order', () => {
    const chains = chainsToGroup(neighbourhood(), 'E', 'domain', 'housing');
    expect(chains).toEqual({
      from: 'E',
      targets: ['T'],
      distance: 2,
      intermediaries: 1,
      paths: [
        ['E', 'A', 'T'],
        ['E', 'B', 'T'],
      ],
      pathCount: 2,
      truncated: false,
    });
  });

  it('reaches a chosen actor and counts the intermediaries', () => {
    const chains = chainsToActor(neighbourhood(), 'E', 'T2');
    expect(chains.paths).toEqual([['E', 'C', 'D', 'T2']]);
    expect(chains.intermediaries).toBe(2);
    expect(chainsToActor(neighbourhood(), 'E', 'A').intermediaries).toBe(0);
  });

  it('caps the chains it lists but says how many there are', () => {
    const chains = chainsToActor(neighbourhood(), 'E', 'T', { maxPaths: 1 });
    expect(chains.paths).toEqual([['E', 'A', 'T']]);
    expect(chains.pathCount).toBe(2);
    expect(chains.truncated).toBe(true);
  });

  it('says when nobody can be reached', () => {
    const none = chainsToActor(neighbourhood(), 'E', 'Z');
    expect(none.distance).toBeNull();
    expect(none.paths).toEqual([]);
    expect(chainsToGroup(neighbourhood(), 'E', 'domain', 'religion').targets).toEqual([]);
    expect(chainsToActor(neighbourhood(), 'nobody', 'T').distance).toBeNull();
  });

  it('never counts the start as its own target', () => {
    const chains = chainsToGroup(neighbourhood(), 'T', 'domain', 'housing');
    expect(chains.targets).toEqual(['T2']);
    expect(chains.distance).toBe(5);
  });

  it('follows the direction of a directed graph', () => {
    const graph = new DirectedGraph();
    graph.mergeEdge('a', 'b');
    graph.mergeEdge('c', 'b');
    expect(chainsToActor(graph, 'a', 'b').distance).toBe(1);
    expect(chainsToActor(graph, 'b', 'a').distance).toBeNull();
    expect(chainsToActor(graph, 'a', 'c').distance).toBeNull();
  });

  it('counts the chains through a grid without listing them all', () => {
    // A 6×6 grid: C(10, 5) = 252 shortest chains from one corner to the other.
    const grid = new UndirectedGraph();
    for (let i = 0; i < 6; i++)
      for (let j = 0; j < 6; j++) {
        if (i < 5) grid.mergeEdge(`${i},${j}`, `${i + 1},${j}`);
        if (j < 5) grid.mergeEdge(`${i},${j}`, `${i},${j + 1}`);
      }
    const chains = shortestChains(grid, '0,0', (node) => node === '5,5', { maxPaths: 5 });
    expect(chains.pathCount).toBe(252);
    expect(chains.paths).toHaveLength(5);
    expect(chains.paths[0]).toEqual([
      '0,0',
      '0,1',
      '0,2',
      '0,3',
      '0,4',
      '0,5',
      '1,5',
      '2,5',
      '3,5',
      '4,5',
      '5,5',
    ]);
    for (const path of chains.paths) expect(path).toHaveLength(11);
  });
});
