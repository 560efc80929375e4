import { describe, expect, it } from 'vitest';
import fixture from '../../test/fixtures/cli/map.json';
import fc from 'fast-check';
import { UndirectedGraph, DirectedGraph } from 'graphology';
import { connectedComponents } from 'graphology-library/components';
import {
  articulationPoints,
  blauIndex,
  eiIndex,
  mapComposition,
  networkDensity,
  pointsOfFailure,
  sortedComponents,
} from './composition';
import { MapData } from '../model';
import { buildMapGraphs } from './build-graph';

// The family of the tests (E the person): the parents and the sister know each other, the mother
// alone knows the educator, who alone knows the school; the club knows only E; X knows nobody.
const SPHERE: Record<string, string> = {
  E: 'primary',
  M: 'primary',
  F: 'primary',
  S: 'primary',
  Ed: 'formal_secondary',
  Sc: 'formal_secondary',
  C: 'informal_secondary',
  X: 'informal_secondary',
};
function family(withPerson: boolean): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const node of Object.keys(SPHERE)) if (withPerson || node !== 'E') graph.addNode(node);
  const edges = [
    ['E', 'M'],
    ['E', 'F'],
    ['E', 'S'],
    ['E', 'C'],
    ['M', 'F'],
    ['M', 'S'],
    ['F', 'S'],
    ['M', 'Ed'],
    ['Ed', 'Sc'],
  ] as const;
  for (const [a, b] of edges) if (graph.hasNode(a) && graph.hasNode(b)) graph.addEdge(a, b);
  return graph;
}
const sphereOf = (node: string) => SPHERE[node] ?? null;

describe('composition measures on a known family', () => {
  it('computes the density and the components of the network without the person', () => {
    const graph = family(false);
    expect(networkDensity(graph)).toBeCloseTo(5 / 21, 12);
    expect(sortedComponents(graph)).toEqual([['Ed', 'F', 'M', 'S', 'Sc'], ['C'], ['X']]);
  });

  it('finds the actors whose loss splits the circles', () => {
    expect(articulationPoints(family(false))).toEqual([
      { node: 'Ed', pieces: 2 },
      { node: 'M', pieces: 2 },
    ]);
  });

  it('finds who would be cut off from the person, with their spheres', () => {
    const result = pointsOfFailure(family(true), 'E', sphereOf);
    expect(result.reachable).toBe(6);
    expect(result.reachableByGroup).toEqual({
      primary: 3,
      formal_secondary: 2,
      informal_secondary: 1,
    });
    expect(result.points).toEqual([
      {
        node: 'M',
        cutOffCount: 2,
        cutOff: ['Ed', 'Sc'],
        cutOffByGroup: { primary: 0, formal_secondary: 2, informal_secondary: 0 },
      },
      {
        node: 'Ed',
        cutOffCount: 1,
        cutOff: ['Sc'],
        cutOffByGroup: { primary: 0, formal_secondary: 1, informal_secondary: 0 },
      },
    ]);
  });

  it('computes Blau diversity and the E-I index across spheres', () => {
    // 3 primary, 2 formal, 2 informal: 1 − (9 + 4 + 4) / 49.
    expect(blauIndex([3, 2, 2])).toBeCloseTo(32 / 49, 12);
    expect(blauIndex([5, 0, 0])).toBe(0);
    expect(blauIndex([0, 0])).toBeNull();
    // M-F, M-S, F-S, Ed-Sc inside; M-Ed across.
    expect(eiIndex(family(false), sphereOf)).toEqual({ external: 1, internal: 4, index: -0.6 });
    expect(eiIndex(new UndirectedGraph(), sphereOf).index).toBeNull();
  });

  it('says nothing of density below two nodes, and counts directed density as networkx', () => {
    const lone = new UndirectedGraph();
    lone.addNode('a');
    expect(networkDensity(lone)).toBeNull();
    const directed = new DirectedGraph();
    directed.mergeEdge('a', 'b');
    directed.mergeEdge('b', 'c');
    expect(networkDensity(directed)).toBeCloseTo(2 / 6, 12);
  });

  it('caps the listed cut-off actors but still counts them all', () => {
    const path = new UndirectedGraph();
    for (let i = 0; i < 10; i++) path.mergeEdge(`n${i}`, `n${i + 1}`);
    const first = pointsOfFailure(path, 'n0', undefined, 3).points[0];
    expect(first?.node).toBe('n1');
    expect(first?.cutOffCount).toBe(9);
    expect(first?.cutOff).toHaveLength(3);
  });

  it('walks a 20,000-node chain without overflowing the stack', () => {
    const chain = new UndirectedGraph();
    for (let i = 0; i < 20_000; i++) chain.mergeEdge(String(i), String(i + 1));
    expect(articulationPoints(chain)).toHaveLength(19_999);
    expect(pointsOfFailure(chain, '0').points[0]?.cutOffCount).toBe(19_999);
  });
});

// Brute force: remove each node and look again.
function reachableFrom(graph: UndirectedGraph, root: string, without: string): Set<string> {
  const seen = new Set([root]);
  const queue = [root];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    graph.forEachNeighbor(node, (next) => {
      if (next !== without && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    });
  }
  return seen;
}

const randomGraph = fc
  .tuple(
    fc.integer({ min: 1, max: 12 }),
    fc.array(fc.tuple(fc.nat(11), fc.nat(11)), { maxLength: 30 }),
  )
  .map(([n, pairs]) => {
    const graph = new UndirectedGraph();
    for (let i = 0; i < n; i++) graph.addNode(`v${i}`);
    for (const [a, b] of pairs) if (a < n && b < n && a !== b) graph.mergeEdge(`v${a}`, `v${b}`);
    return graph;
  });

describe('articulation points against brute force', () => {
  it('agree with removing each node and counting the pieces', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const expected = graph
          .nodes()
          .map((node) => {
            const copy = graph.copy();
            const component = connectedComponents(graph).find((c) => c.includes(node)) ?? [];
            copy.dropNode(node);
            const rest = connectedComponents(copy).filter((c) =>
              c.some((m) => component.includes(m)),
            );
            return { node, pieces: rest.length };
          })
          .filter((entry) => entry.pieces >= 2)
          .sort((a, b) => (a.node < b.node ? -1 : 1));
        expect(articulationPoints(graph)).toEqual(expected);
      }),
    );
  });

  it('agree with removing each node and looking who the root still reaches', () => {
    fc.assert(
      fc.property(randomGraph, (graph) => {
        const all = reachableFrom(graph, 'v0', '');
        const expected = new Map<string, number>();
        for (const node of all) {
          if (node === 'v0') continue;
          const lost = all.size - 1 - reachableFrom(graph, 'v0', node).size;
          if (lost > 0) expected.set(node, lost);
        }
        const found = pointsOfFailure(graph, 'v0').points;
        expect(new Map(found.map((p) => [p.node, p.cutOffCount]))).toEqual(expected);
      }),
    );
  });
});

describe('the composition of a map', () => {
  // Karim's map (see summary.test.ts): mother, father, sister and a broken-off uncle; a social
  // worker known through the mother; a hostel known through the social worker.
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const [, mother, , , uncle, worker, hostel] = [1, 2, 3, 4, 5, 6, 7].map(id);
  const composition = mapComposition(buildMapGraphs(MapData.parse(fixture.map)));

  it('counts the actors per sphere and per quality of their tie with the person', () => {
    expect(composition.actors).toBe(6);
    expect(composition.bySphere).toEqual({
      primary: 4,
      informal_secondary: 0,
      formal_secondary: 2,
    });
    expect(composition.byDomain.family).toBe(4);
    expect(composition.byDomain.housing).toBe(1);
    expect(composition.byValence).toEqual({
      supportive: 2,
      neutral: 0,
      ambivalent: 0,
      stressful: 0,
      conflictual: 1,
      broken: 1,
      none: 2,
    });
    expect(composition.emptySpheres).toEqual(['informal_secondary']);
  });

  it('measures the strength and density of each circle', () => {
    expect(composition.strongShareBySphere.primary).toEqual({ ties: 3, strong: 3, share: 1 });
    expect(composition.strongShareBySphere.formal_secondary.share).toBeNull();
    expect(composition.densityBySphere).toEqual({
      primary: 0.5,
      informal_secondary: null,
      formal_secondary: 1,
    });
  });

  it('describes the network without the person', () => {
    const without = composition.withoutPerson;
    expect(without.ties).toBe(5);
    expect(without.density).toBeCloseTo(1 / 3, 12);
    expect(without.components.map((c) => c.actors.length)).toEqual([5, 1]);
    expect(without.components[1]).toEqual({
      actors: [uncle],
      bySphere: { primary: 1, informal_secondary: 0, formal_secondary: 0 },
    });
    expect(without.cutVertices.map((c) => c.node)).toEqual([mother, worker]);
    expect(composition.isolates).toEqual({ unconnected: [uncle], personOnly: [] });
  });

  it('finds the single points of failure and the diversity across circles', () => {
    expect(composition.pointsOfFailure?.points.map((p) => [p.node, p.cutOff])).toEqual([
      [mother, [worker, hostel]],
      [worker, [hostel]],
    ]);
    expect(composition.blau).toBeCloseTo(1 - (16 + 4) / 36, 12);
    expect(composition.eiIndex).toEqual({ external: 1, internal: 4, index: -0.6 });
  });
});
