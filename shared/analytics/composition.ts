// Composition of a network: who is in it, how the circles hold together, and where it would break.
// The generic functions work on any graphology graph (a map, a GraphML file, a whole service);
// `mapComposition` reads a map's graphs (build-graph.ts) with the words of DOMAIN.md.
// Everything is iterative (no recursion) so that a 10,000-actor network never overflows the stack.
import type Graph from 'graphology';
import { connectedComponents } from 'graphology-library/components';
import { density as graphologyDensity } from 'graphology-metrics/graph/density';
import { DOMAINS, SPHERES, VALENCES } from '../model';
import type { MapGraphs } from './build-graph';
import { buildCsr, indexNodes } from './csr';

type Sphere = (typeof SPHERES)[number];
type Domain = (typeof DOMAINS)[number];
type Valence = (typeof VALENCES)[number];

/** Reads a node's group (its sphere, usually); null when the node has none. */
export type GroupOf = (node: string) => string | null;

/** Compares ids by code unit, so the order never depends on the machine's locale. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Blau's index of heterogeneity, 1 − Σ p², over the groups' sizes; null when nobody is counted. */
export function blauIndex(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return null;
  return 1 - counts.reduce((sum, c) => sum + (c / total) ** 2, 0);
}

export interface EiIndex {
  /** Ties between two different groups. */
  external: number;
  /** Ties inside a group. */
  internal: number;
  /** Krackhardt and Stern's (E − I) / (E + I): −1 all inside the circles, +1 all across; null without ties. */
  index: number | null;
}

/** The E-I index over the edges whose two ends both have a group (self-loops ignored). */
export function eiIndex(graph: Graph, groupOf: GroupOf): EiIndex {
  let external = 0;
  let internal = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const a = groupOf(source);
    const b = groupOf(target);
    if (a === null || b === null) return;
    if (a === b) internal += 1;
    else external += 1;
  });
  const total = external + internal;
  return { external, internal, index: total === 0 ? null : (external - internal) / total };
}

/** Share of the possible ties that exist (directed: n(n−1), undirected: n(n−1)/2); null below two nodes. */
export function networkDensity(graph: Graph): number | null {
  return graph.order < 2 ? null : graphologyDensity(graph);
}

/** Connected components (weak ones for a directed graph): biggest first, members sorted by id. */
export function sortedComponents(graph: Graph): string[][] {
  const components = connectedComponents(graph).map((members) => [...members].sort(byId));
  return components.sort((a, b) => b.length - a.length || byId(a[0] ?? '', b[0] ?? ''));
}

/** Counts nodes per group, in the order of `groups`; nodes outside `groups` are not counted. */
export function countByGroup<G extends string>(
  nodes: Iterable<string>,
  groups: readonly G[],
  groupOf: (node: string) => string | null,
): Record<G, number> {
  const counts = Object.fromEntries(groups.map((g) => [g, 0])) as Record<G, number>;
  for (const node of nodes) {
    const group = groupOf(node);
    if (group !== null && group in counts) counts[group as G] += 1;
  }
  return counts;
}

/**
 * A depth-first forest of the graph seen as undirected, computed with an explicit stack over the
 * compact adjacency of csr.ts (nodes and neighbours in id order, so the forest is deterministic).
 * Preorder numbers make every subtree a contiguous range, which lets the callers list or count
 * who hangs below a node without walking it again.
 */
interface DfsForest {
  keys: string[];
  /** Node index by preorder position. */
  preorder: Int32Array;
  disc: Int32Array;
  parent: Int32Array;
  size: Int32Array;
  /** Children w of v with low[w] ≥ disc[v]: removing v cuts w's subtree off from v's side. */
  separated: number[][];
  childCount: Int32Array;
  roots: number[];
}

function dfsForest(graph: Graph, onlyFrom?: string): DfsForest {
  const nodes = indexNodes(graph);
  const { n, offsets, targets: adjacency } = buildCsr(graph, nodes, { mode: 'undirected' });
  const keys = nodes.ids as string[];
  const index = nodes.index;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n).fill(1);
  const cursor = new Int32Array(n);
  const childCount = new Int32Array(n);
  const preorder = new Int32Array(n);
  const separated: number[][] = keys.map(() => []);
  const roots: number[] = [];
  let time = 0;
  const stack: number[] = [];

  const visit = (root: number) => {
    roots.push(root);
    disc[root] = low[root] = time;
    preorder[time++] = root;
    cursor[root] = offsets[root] ?? 0;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack[stack.length - 1] as number;
      const c = cursor[v] as number;
      if (c < (offsets[v + 1] as number)) {
        cursor[v] = c + 1;
        const w = adjacency[c] as number;
        if (disc[w] === -1) {
          parent[w] = v;
          childCount[v] = (childCount[v] as number) + 1;
          disc[w] = low[w] = time;
          preorder[time++] = w;
          cursor[w] = offsets[w] ?? 0;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v] as number, disc[w] as number);
        }
        continue;
      }
      stack.pop();
      const p = parent[v] as number;
      if (p === -1) continue;
      low[p] = Math.min(low[p] as number, low[v] as number);
      size[p] = (size[p] as number) + (size[v] as number);
      if ((low[v] as number) >= (disc[p] as number)) separated[p]?.push(v);
    }
  };

  if (onlyFrom !== undefined) {
    const start = index.get(onlyFrom);
    if (start !== undefined) visit(start);
  } else {
    for (let i = 0; i < n; i++) if (disc[i] === -1) visit(i);
  }
  return {
    keys,
    preorder: preorder.subarray(0, time),
    disc,
    parent,
    size,
    separated,
    childCount,
    roots,
  };
}

export interface CutVertex {
  node: string;
  /** How many pieces its component falls into when this node is removed (at least 2). */
  pieces: number;
}

/** Articulation points (iterative Tarjan): nodes whose removal splits their component, sorted by id. */
export function articulationPoints(graph: Graph): CutVertex[] {
  const forest = dfsForest(graph);
  const isRoot = new Set(forest.roots);
  const result: CutVertex[] = [];
  forest.keys.forEach((node, v) => {
    const pieces = isRoot.has(v)
      ? (forest.childCount[v] as number)
      : (forest.separated[v]?.length ?? 0) + 1;
    if (pieces >= 2) result.push({ node, pieces });
  });
  return result.sort((a, b) => byId(a.node, b.node));
}

export interface PointOfFailure {
  node: string;
  /** How many nodes lose every path to the root when this node goes. */
  cutOffCount: number;
  /** Who they are (sorted by id), at most `listLimit` of them. */
  cutOff: string[];
  /** The cut-off nodes per group (see `groupOf`). */
  cutOffByGroup: Record<string, number>;
}

export interface PointsOfFailure {
  root: string;
  /** Nodes the root reaches (the root excluded), in all and per group. */
  reachable: number;
  reachableByGroup: Record<string, number>;
  /** Nodes other than the root whose loss cuts someone off from it: most cut off first, then by id. */
  points: PointOfFailure[];
}

/**
 * Single points of failure seen from `root` (the person): every node whose removal leaves someone
 * without any path to the root, with who that is. Unreachable nodes are not counted: they are
 * already cut off.
 */
export function pointsOfFailure(
  graph: Graph,
  root: string,
  groupOf: GroupOf = () => null,
  listLimit = 200,
): PointsOfFailure {
  const forest = dfsForest(graph, root);
  const { keys, preorder, disc, size, separated } = forest;
  const reached = preorder.length;
  // Prefix counts per group over the preorder: a subtree's group counts in O(groups).
  const groupIndex = new Map<string, number>();
  const groupOfPosition = new Int32Array(reached).fill(-1);
  for (let i = 1; i < reached; i++) {
    const group = groupOf(keys[preorder[i] as number] as string);
    if (group === null) continue;
    if (!groupIndex.has(group)) groupIndex.set(group, groupIndex.size);
    groupOfPosition[i] = groupIndex.get(group) as number;
  }
  const groups = [...groupIndex.keys()];
  const prefix = groups.map(() => new Int32Array(reached + 1));
  for (let i = 0; i < reached; i++) {
    prefix.forEach(
      (counts, g) => (counts[i + 1] = (counts[i] as number) + (groupOfPosition[i] === g ? 1 : 0)),
    );
  }
  const countIn = (g: number, from: number, to: number) =>
    (prefix[g]?.[to] as number) - (prefix[g]?.[from] as number);

  const points: PointOfFailure[] = [];
  for (let i = 1; i < reached; i++) {
    const v = preorder[i] as number;
    const children = separated[v] ?? [];
    if (children.length === 0) continue;
    const ranges = children.map((w) => [
      disc[w] as number,
      (disc[w] as number) + (size[w] as number),
    ]);
    const cutOffCount = ranges.reduce(
      (sum, [from, to]) => sum + (to as number) - (from as number),
      0,
    );
    const cutOff: string[] = [];
    for (const [from, to] of ranges) {
      for (let p = from as number; p < (to as number) && cutOff.length < listLimit; p++) {
        cutOff.push(keys[preorder[p] as number] as string);
      }
    }
    const cutOffByGroup = Object.fromEntries(
      groups.map((group, g) => [
        group,
        ranges.reduce((s, [from, to]) => s + countIn(g, from as number, to as number), 0),
      ]),
    );
    points.push({ node: keys[v] as string, cutOffCount, cutOff: cutOff.sort(byId), cutOffByGroup });
  }
  points.sort((a, b) => b.cutOffCount - a.cutOffCount || byId(a.node, b.node));
  const reachableByGroup = Object.fromEntries(
    groups.map((group, g) => [group, countIn(g, 0, reached)]),
  );
  return { root, reachable: Math.max(0, reached - 1), reachableByGroup, points };
}

// ——— A map's composition ———

export type EgoValence = Valence | 'none';

export interface StrongShare {
  /** Ties between the person and this sphere's actors. */
  ties: number;
  strong: number;
  /** strong / ties; null when the person has no tie to the sphere. */
  share: number | null;
}

export interface CircleComponent {
  actors: string[];
  bySphere: Record<Sphere, number>;
}

export interface MapComposition {
  /** Actors on the map, the person excluded. */
  actors: number;
  bySphere: Record<Sphere, number>;
  byDomain: Record<Domain, number>;
  /** The quality of each actor's tie with the person; `none` when they have no direct tie. */
  byValence: Record<EgoValence, number>;
  strongShareBySphere: Record<Sphere, StrongShare>;
  /** Density of the ties among each sphere's actors (the person excluded); null below two actors. */
  densityBySphere: Record<Sphere, number | null>;
  /** Spheres with no actor at all: a finding in itself. */
  emptySpheres: Sphere[];
  /** The network without the person: which circles know each other without her. */
  withoutPerson: {
    actors: number;
    ties: number;
    density: number | null;
    components: CircleComponent[];
    /** Actors whose loss would split the circles among themselves. */
    cutVertices: CutVertex[];
  };
  isolates: {
    /** On the map with no active tie at all, not even to the person. */
    unconnected: string[];
    /** Tied to the person and to nobody else. */
    personOnly: string[];
  };
  /** Single points of failure: actors whose loss cuts someone off from the person. */
  pointsOfFailure: PointsOfFailure | null;
  /** Blau's diversity of the actors across the three spheres (0 one sphere, at most 2/3). */
  blau: number | null;
  /** E-I index of the ties between actors (the person excluded) across spheres. */
  eiIndex: EiIndex;
}

/** The composition of a map, from the graphs build-graph.ts makes of it. */
export function mapComposition(graphs: MapGraphs): MapComposition {
  const { map, withoutEgo, egoId } = graphs;
  const actors = withoutEgo.nodes();
  const sphereOf = (node: string) => map.getNodeAttribute(node, 'sphere');
  const bySphere = countByGroup(actors, SPHERES, sphereOf);
  const byDomain = countByGroup(actors, DOMAINS, (node) => map.getNodeAttribute(node, 'domain'));
  const byValence = countByGroup(actors, [...VALENCES, 'none'] as const, (node) => {
    return map.getNodeAttribute(node, 'egoValence') ?? 'none';
  });

  const strongShareBySphere = Object.fromEntries(
    SPHERES.map((s) => [s, { ties: 0, strong: 0, share: null }]),
  ) as Record<Sphere, StrongShare>;
  if (egoId !== null) {
    map.forEachEdge(egoId, (_edge, attributes, source, target) => {
      const other = source === egoId ? target : source;
      if (other === egoId) return;
      const entry = strongShareBySphere[sphereOf(other)];
      entry.ties += 1;
      if (attributes.strong) entry.strong += 1;
    });
  }
  for (const entry of Object.values(strongShareBySphere)) {
    entry.share = entry.ties === 0 ? null : entry.strong / entry.ties;
  }

  const densityBySphere = Object.fromEntries(
    SPHERES.map((s) => {
      const members = actors.filter((node) => sphereOf(node) === s);
      const inside = new Set(members);
      let ties = 0;
      for (const node of members) {
        withoutEgo.forEachNeighbor(node, (other) => {
          if (inside.has(other) && node < other) ties += 1;
        });
      }
      const n = members.length;
      return [s, n < 2 ? null : ties / ((n * (n - 1)) / 2)];
    }),
  ) as Record<Sphere, number | null>;

  const components = sortedComponents(withoutEgo).map((members) => ({
    actors: members,
    bySphere: countByGroup(members, SPHERES, sphereOf),
  }));

  const unconnected: string[] = [];
  const personOnly: string[] = [];
  for (const node of actors) {
    if (withoutEgo.degree(node) > 0) continue;
    if (egoId !== null && map.hasEdge(node, egoId)) personOnly.push(node);
    else unconnected.push(node);
  }

  return {
    actors: actors.length,
    bySphere,
    byDomain,
    byValence,
    strongShareBySphere,
    densityBySphere,
    emptySpheres: SPHERES.filter((s) => bySphere[s] === 0),
    withoutPerson: {
      actors: actors.length,
      ties: withoutEgo.size,
      density: networkDensity(withoutEgo),
      components,
      cutVertices: articulationPoints(withoutEgo),
    },
    isolates: { unconnected: unconnected.sort(byId), personOnly: personOnly.sort(byId) },
    pointsOfFailure: egoId === null ? null : pointsOfFailure(map, egoId, sphereOf),
    blau: blauIndex(SPHERES.map((s) => bySphere[s])),
    eiIndex: eiIndex(withoutEgo, sphereOf),
  };
}
