// "Le petit monde" (Milgram): the shortest chains of intermediaries from the person to an actor,
// or to the nearest actors of a domain ("how many steps to reach the housing service?").
// Unweighted breadth-first search: a step is a tie, whatever its strength. On a directed graph
// chains follow the edges' direction. Paths come in a fixed order (by the ids along the chain,
// from the start), capped, so the UI and the tests always see the same ones.
import type Graph from 'graphology';
import { byId } from './composition';

export interface Chains {
  from: string;
  /** The targets reached at the shortest distance, sorted by id (empty when none is reachable). */
  targets: string[];
  /** Ties along a shortest chain; null when no target can be reached. */
  distance: number | null;
  /** People between the two ends: distance − 1 (0 for a direct tie). */
  intermediaries: number | null;
  /** Shortest chains, each from `from` to a target inclusive, at most `maxPaths` of them. */
  paths: string[][];
  /** How many shortest chains exist in all (may exceed `paths.length`). */
  pathCount: number;
  truncated: boolean;
}

export interface ChainOptions {
  maxPaths?: number;
}

const unreachable = (from: string): Chains => ({
  from,
  targets: [],
  distance: null,
  intermediaries: null,
  paths: [],
  pathCount: 0,
  truncated: false,
});

/** Shortest chains from `from` to the nearest nodes (other than `from`) for which `isTarget` holds. */
export function shortestChains(
  graph: Graph,
  from: string,
  isTarget: (node: string) => boolean,
  { maxPaths = 20 }: ChainOptions = {},
): Chains {
  if (!graph.hasNode(from)) return unreachable(from);
  const distance = new Map<string, number>([[from, 0]]);
  const predecessors = new Map<string, string[]>();
  const sigma = new Map<string, number>([[from, 1]]);
  let frontier = [from];
  let targets: string[] = [];
  let depth = 0;
  while (frontier.length > 0 && targets.length === 0) {
    depth += 1;
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachOutboundNeighbor(node, (neighbour) => {
        const known = distance.get(neighbour);
        if (known === undefined) {
          distance.set(neighbour, depth);
          next.push(neighbour);
        } else if (known !== depth) return;
        const list = predecessors.get(neighbour);
        if (list === undefined) predecessors.set(neighbour, [node]);
        else list.push(node);
        sigma.set(neighbour, (sigma.get(neighbour) ?? 0) + (sigma.get(node) ?? 0));
      });
    }
    targets = next.filter(isTarget).sort(byId);
    frontier = next;
  }
  if (targets.length === 0) return unreachable(from);

  // Keep only the nodes lying on a shortest chain to a target, with their successors sorted.
  const successors = new Map<string, string[]>();
  const onChain = new Set(targets);
  let layer = targets;
  while (layer.length > 0) {
    const previous: string[] = [];
    for (const node of layer) {
      for (const p of predecessors.get(node) ?? []) {
        const list = successors.get(p);
        if (list === undefined) successors.set(p, [node]);
        else list.push(node);
        if (!onChain.has(p)) {
          onChain.add(p);
          previous.push(p);
        }
      }
    }
    layer = previous;
  }
  for (const list of successors.values()) list.sort(byId);

  const paths: string[][] = [];
  const stack: Array<{ node: string; next: number }> = [{ node: from, next: 0 }];
  while (stack.length > 0 && paths.length < maxPaths) {
    const top = stack[stack.length - 1] as { node: string; next: number };
    if (stack.length - 1 === depth) {
      paths.push(stack.map((entry) => entry.node));
      stack.pop();
      continue;
    }
    const nextNode = successors.get(top.node)?.[top.next];
    if (nextNode === undefined) {
      stack.pop();
      continue;
    }
    top.next += 1;
    stack.push({ node: nextNode, next: 0 });
  }
  const pathCount = targets.reduce((sum, t) => sum + (sigma.get(t) ?? 0), 0);
  return {
    from,
    targets,
    distance: depth,
    intermediaries: depth - 1,
    paths,
    pathCount,
    truncated: pathCount > paths.length,
  };
}

/** Shortest chains from `from` to one actor. */
export function chainsToActor(
  graph: Graph,
  from: string,
  to: string,
  options?: ChainOptions,
): Chains {
  return shortestChains(graph, from, (node) => node === to, options);
}

/** Shortest chains from `from` to the nearest actors whose node attribute `attribute` is `value`. */
export function chainsToGroup(
  graph: Graph,
  from: string,
  attribute: 'domain' | 'sphere',
  value: string,
  options?: ChainOptions,
): Chains {
  return shortestChains(
    graph,
    from,
    (node) => graph.getNodeAttribute(node, attribute) === value,
    options,
  );
}
