import { DirectedGraph, MultiUndirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { MaillageError } from '../errors';
import { constraint, effectiveSize, efficiency, localConstraint, structuralHoles } from './burt';

function star(leaves: number): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < leaves; i++) graph.mergeEdge('hub', `leaf${i}`);
  return graph;
}

describe("Burt's structural holes", () => {
  it('a hub whose contacts do not know each other has no redundancy and little constraint', () => {
    const holes = structuralHoles(star(4));
    expect(holes.effectiveSize.hub).toBe(4);
    expect(holes.efficiency.hub).toBe(1);
    expect(holes.constraint.hub).toBeCloseTo(4 * (1 / 4) ** 2, 12);
    // A leaf depends on the hub alone: fully constrained.
    expect(holes.constraint.leaf0).toBe(1);
    expect(holes.effectiveSize.leaf0).toBe(1);
  });

  it('closing the contacts into a clique makes them redundant (Borgatti: n − 2t/n)', () => {
    const graph = star(3);
    graph.mergeEdge('leaf0', 'leaf1');
    graph.mergeEdge('leaf1', 'leaf2');
    graph.mergeEdge('leaf0', 'leaf2');
    expect(effectiveSize(graph).hub).toBeCloseTo(3 - (2 * 3) / 3, 12);
    expect(efficiency(graph).hub).toBeCloseTo(1 / 3, 12);
    expect(constraint(graph).hub).toBeGreaterThan(constraint(star(3)).hub as number);
  });

  it('gives NaN to an isolated actor, as networkx does', () => {
    const graph = star(2);
    graph.addNode('alone');
    const holes = structuralHoles(graph);
    expect(holes.effectiveSize.alone).toBeNaN();
    expect(holes.efficiency.alone).toBeNaN();
    expect(holes.constraint.alone).toBeNaN();
  });

  it('weighs a tie by an attribute when asked, and a missing attribute counts 1', () => {
    const graph = star(2);
    graph.setEdgeAttribute('hub', 'leaf0', 'strength', 3);
    const weighted = constraint(graph, { weight: 'strength' });
    // p(hub, leaf0) = 3/4, p(hub, leaf1) = 1/4.
    expect(weighted.hub).toBeCloseTo((3 / 4) ** 2 + (1 / 4) ** 2, 12);
    expect(localConstraint(graph, 'hub', 'leaf0', { weight: 'strength' })).toBeCloseTo(9 / 16, 12);
  });

  it('reads a directed graph through mutual weights (an arc each way counts twice)', () => {
    const graph = new DirectedGraph();
    graph.mergeEdge('a', 'b');
    graph.mergeEdge('b', 'a');
    graph.mergeEdge('a', 'c');
    // a: mutual weights b = 2, c = 1.
    expect(constraint(graph).a).toBeCloseTo((2 / 3) ** 2 + (1 / 3) ** 2, 12);
    // c has in-arcs only and is not isolated.
    expect(constraint(graph).c).toBe(1);
  });

  it('sums the weights of ties drawn twice between the same pair', () => {
    const graph = new MultiUndirectedGraph();
    graph.import({ nodes: [{ key: 'hub' }, { key: 'leaf0' }, { key: 'leaf1' }] });
    graph.addEdge('hub', 'leaf0');
    graph.addEdge('hub', 'leaf0');
    graph.addEdge('hub', 'leaf1');
    expect(constraint(graph).hub).toBeCloseTo((2 / 3) ** 2 + (1 / 3) ** 2, 12);
  });

  it('refuses non-finite weights and unknown nodes', () => {
    const graph = star(2);
    graph.setEdgeAttribute('hub', 'leaf0', 'strength', 'strong');
    expect(() => structuralHoles(graph, { weight: 'strength' })).toThrow(MaillageError);
    expect(() => localConstraint(graph, 'hub', 'nobody')).toThrow(MaillageError);
  });
});
