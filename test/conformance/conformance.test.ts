// The analytics against reference values computed by NetworkX 2.8 and R's sna (generate.py
// beside this file writes fixtures/*.json; rerun it to refresh them). Tolerance 1e-9.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  betweennessCentrality,
  brokerage,
  constraint,
  effectiveSize,
  efficiency,
  localBridges,
  localConstraint,
  neighbourhoodOverlap,
  simmelianStrength,
  structuralHoles,
  type BrokerageCounts,
} from '../../shared/analytics';

type Values = Record<string, number | null>;
interface BurtValues {
  effectiveSize: Values;
  efficiency: Values;
  constraint: Values;
}
interface Fixture {
  name: string;
  directed: boolean;
  weight: string | null;
  nodes: { id: string; attributes: Record<string, unknown> }[];
  edges: [string, string, Record<string, unknown>][];
  expected: {
    betweenness: Values;
    betweennessWeighted?: Values;
    burt: BurtValues;
    burtWeighted?: BurtValues;
    localConstraint?: Record<string, number>;
    structure: {
      common: Record<string, number>;
      overlap: Record<string, number>;
      localBridges: Record<string, number | null>;
    };
    brokerage?: { group: string; source: string; counts: Record<string, BrokerageCounts> };
  };
}

const directory = join(import.meta.dirname, 'fixtures');
const fixtures: Fixture[] = readdirSync(directory)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as Fixture);

function load(fixture: Fixture): Graph {
  const graph = fixture.directed ? new DirectedGraph() : new UndirectedGraph();
  for (const { id, attributes } of fixture.nodes) graph.addNode(id, attributes);
  for (const [source, target, attributes] of fixture.edges)
    graph.addEdge(source, target, attributes);
  return graph;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Same keys; each value within 1e-9 (relative above 1); null in the fixture means NaN. */
function expectClose(actual: Record<string, number>, expected: Values): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key] as number;
    if (want === null) {
      expect(got, key).toBeNaN();
    } else {
      expect(Math.abs(got - want), `${key}: ${got} vs ${want}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(want)),
      );
    }
  }
}

it('finds the fixtures written by generate.py', () => {
  expect(fixtures.map((f) => f.name)).toEqual([
    'directed-weighted',
    'florentine',
    'holes-directed',
    'holes-undirected',
    'karate',
    'support',
  ]);
});

describe.each(fixtures)('$name', (fixture) => {
  const graph = load(fixture);
  const weight = fixture.weight ?? undefined;

  it('betweenness equals networkx.betweenness_centrality (hops)', () => {
    expectClose(betweennessCentrality(graph), fixture.expected.betweenness);
  });

  if (fixture.expected.betweennessWeighted)
    it('weighted betweenness (weight as distance)', () => {
      expectClose(
        betweennessCentrality(graph, { distance: 'weight' }),
        fixture.expected.betweennessWeighted as Values,
      );
    });

  it("Burt's measures equal networkx's (unweighted)", () => {
    const all = structuralHoles(graph);
    expectClose(all.effectiveSize, fixture.expected.burt.effectiveSize);
    expectClose(all.efficiency, fixture.expected.burt.efficiency);
    expectClose(all.constraint, fixture.expected.burt.constraint);
    expectClose(effectiveSize(graph), fixture.expected.burt.effectiveSize);
    expectClose(efficiency(graph), fixture.expected.burt.efficiency);
    expectClose(constraint(graph), fixture.expected.burt.constraint);
  });

  if (fixture.expected.burtWeighted)
    it("Burt's measures equal networkx's (weighted)", () => {
      const all = structuralHoles(graph, { weight: 'weight' });
      const expected = fixture.expected.burtWeighted as BurtValues;
      expectClose(all.effectiveSize, expected.effectiveSize);
      expectClose(all.efficiency, expected.efficiency);
      expectClose(all.constraint, expected.constraint);
    });

  if (fixture.expected.localConstraint)
    it('local constraint of every tie, both ways', () => {
      const expected = fixture.expected.localConstraint as Record<string, number>;
      const actual: Record<string, number> = {};
      for (const key of Object.keys(expected)) {
        const [u, v] = key.split('>') as [string, string];
        actual[key] = localConstraint(graph, u, v, weight ? { weight } : {});
      }
      expectClose(actual, expected);
    });

  it('neighbourhood overlap and Simmelian strength per tie', () => {
    const { common, overlap } = fixture.expected.structure;
    const seen = new Set<string>();
    const simmelian = simmelianStrength(graph);
    for (const row of neighbourhoodOverlap(graph)) {
      const key = pairKey(row.source, row.target);
      seen.add(key);
      expect(row.common, key).toBe(common[key]);
      expect(row.overlap, key).toBeCloseTo(overlap[key] as number, 12);
      expect(simmelian[row.edge], key).toBe(common[key]);
    }
    expect([...seen].sort()).toEqual(Object.keys(common).sort());
  });

  it('local bridges and their span equal networkx.local_bridges(with_span=True)', () => {
    const expected = fixture.expected.structure.localBridges;
    const found: Record<string, number | null> = {};
    for (const row of localBridges(graph)) {
      const key = pairKey(row.source, row.target);
      if (row.localBridge) found[key] = row.span;
      else expect(row.span, key).toBe(2);
      expect(row.bridge, key).toBe(row.localBridge && row.span === null);
    }
    expect(found).toEqual(expected);
  });

  if (fixture.expected.brokerage)
    it("brokerage roles equal sna's brokerage()", () => {
      const reference = fixture.expected.brokerage as NonNullable<Fixture['expected']['brokerage']>;
      expect(brokerage(graph, { group: reference.group })).toEqual(reference.counts);
    });
});
