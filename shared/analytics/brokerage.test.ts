import { DirectedGraph, UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { brokerage, type BrokerageRole } from './brokerage';

const SPHERE: Record<string, string> = {
  A1: 'primary',
  A2: 'primary',
  B: 'formal_secondary',
  B2: 'formal_secondary',
  C: 'informal_secondary',
};

/** The two-path from → broker → to, with each actor in its sphere. */
function twoPath(from: string, broker: string, to: string): DirectedGraph {
  const graph = new DirectedGraph();
  for (const id of [from, broker, to])
    graph.mergeNode(id, { sphere: SPHERE[id[0] === 'A' ? 'A1' : id] });
  graph.mergeEdge(from, broker);
  graph.mergeEdge(broker, to);
  return graph;
}

describe('brokerage (Gould and Fernandez, as sna)', () => {
  it.each<[string, string, string, BrokerageRole]>([
    ['A1', 'A2', 'A3', 'coordinator'],
    ['A1', 'B', 'A2', 'itinerant'],
    ['A1', 'A2', 'B', 'representative'],
    ['A1', 'B', 'B2', 'gatekeeper'],
    ['A1', 'B', 'C', 'liaison'],
  ])('%s → %s → %s makes the broker a %s', (from, broker, to, role) => {
    const counts = brokerage(twoPath(from, broker, to));
    expect(counts[broker]).toMatchObject({ [role]: 1, total: 1 });
    expect(counts[from]?.total).toBe(0);
    expect(counts[to]?.total).toBe(0);
  });

  it('does not count a pair already tied directly', () => {
    const graph = twoPath('A1', 'B', 'C');
    graph.mergeEdge('A1', 'C');
    expect(brokerage(graph).B?.total).toBe(0);
    // The reverse arc does not close the path A1 → B → C.
    const reverse = twoPath('A1', 'B', 'C');
    reverse.mergeEdge('C', 'A1');
    expect(brokerage(reverse).B?.liaison).toBe(1);
  });

  it('reads an undirected tie as support both ways', () => {
    const graph = new UndirectedGraph();
    graph.mergeNode('mother', { sphere: 'primary' });
    graph.mergeNode('educator', { sphere: 'formal_secondary' });
    graph.mergeNode('school', { sphere: 'formal_secondary' });
    graph.mergeEdge('mother', 'educator');
    graph.mergeEdge('educator', 'school');
    // mother → educator → school (gatekeeper) and school → educator → mother (representative).
    expect(brokerage(graph).educator).toEqual({
      coordinator: 0,
      itinerant: 0,
      representative: 1,
      gatekeeper: 1,
      liaison: 0,
      total: 2,
    });
  });

  it('groups by any attribute or getter', () => {
    const graph = twoPath('A1', 'B', 'C');
    expect(brokerage(graph, { group: () => 'one' }).B?.coordinator).toBe(1);
    expect(brokerage(graph, { group: 'missing' }).B?.coordinator).toBe(1);
  });
});
