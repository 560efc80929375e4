// GraphML → a simple graphology graph for the analytics.
// XML is parsed by @xmldom/xmldom (strictly: any parser warning or error is a malformed file, with
// its line) and interpreted by graphology-graphml. Security: a file with a DOCTYPE or an ENTITY
// declaration is refused before parsing, so no external entity is ever resolved and no entity is
// ever expanded (no "billion laughs"). The size limit is checked by the caller before reading.
//
// What is read: `edgedefault` (directed or undirected; undirected when absent, as networkx and
// graphology-graphml do), the node attribute `sphere` (any text; nodes without it belong to no
// sphere), a node label from `label` or `name`, the edge attribute `weight` (a number ≥ 0; an edge
// without it weighs 1). Simplifications: self-loops are dropped; parallel edges between the same
// pair become one edge whose weight is the sum of theirs. Refused: nested graphs, hyperedges and
// edges whose `directed` contradicts `edgedefault` (mixed graphs).
import { createRequire } from 'node:module';
import Graph from 'graphology';
import { parse as parseGraphmlDocument } from 'graphology-library/graphml';
import { CliError } from './errors';

// The few DOM members used here. xmldom's own typings pull the whole DOM library into the Node
// typecheck, so the module is loaded untyped and seen through these interfaces.
export interface XmlElement {
  readonly localName: string | null;
  readonly lineNumber?: number;
  readonly parentNode: XmlElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  cloneNode(deep: boolean): XmlElement;
  appendChild(child: XmlElement): void;
  removeChild(child: XmlElement): void;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
  readonly textContent: string | null;
}
export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}
interface Xmldom {
  DOMParser: new (options: {
    locator: object;
    errorHandler: (level: string, message: unknown) => void;
  }) => { parseFromString(source: string, mimeType: string): XmlDocument | undefined };
}
const xmldom = createRequire(import.meta.url)('@xmldom/xmldom') as Xmldom;

export interface NetworkNode {
  label: string;
  sphere: string | null;
}
export interface NetworkEdge {
  weight?: number;
}

export interface GraphmlNetwork {
  directed: boolean;
  graph: Graph<NetworkNode, NetworkEdge>;
  /** True when at least one edge had a `weight`. */
  weighted: boolean;
  selfLoops: number;
  /** Edges merged into another one between the same pair. */
  mergedEdges: number;
}

const KEY_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

export function readGraphml(text: string): GraphmlNetwork {
  refuseDoctype(text);
  const document = parseXml(text);
  const root = document.documentElement;
  if (root === null || root.localName !== 'graphml') throw new CliError('not_graphml');
  const graphElements = list(document, 'graph');
  const graphElement = graphElements[0];
  if (graphElement === undefined) throw new CliError('no_graph');
  if (graphElements.length > 1)
    throw new CliError('nested_graph', { line: lineOf(graphElements[1]) });
  const hyperedge = list(document, 'hyperedge')[0];
  if (hyperedge !== undefined) throw new CliError('hyperedges', { line: lineOf(hyperedge) });

  const edgeDefault = graphElement.getAttribute('edgedefault') || 'undirected';
  if (edgeDefault !== 'directed' && edgeDefault !== 'undirected') {
    throw new CliError('bad_edgedefault', { value: edgeDefault, line: lineOf(graphElement) });
  }
  const directed = edgeDefault === 'directed';
  const weightKeys = normaliseKeys(document);
  checkNodesAndEdges(document, directed, weightKeys);

  let parsed: Graph;
  try {
    parsed = parseGraphmlDocument(
      Graph,
      document as unknown as Parameters<typeof parseGraphmlDocument>[1],
    );
  } catch (error) {
    throw new CliError('graphml_unreadable', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return simplify(parsed, directed);
}

function list(scope: XmlDocument | XmlElement, tag: string): XmlElement[] {
  return Array.from(scope.getElementsByTagName(tag));
}

function lineOf(element: XmlElement | undefined): number | string {
  return element?.lineNumber ?? '?';
}

/**
 * Any DOCTYPE or ENTITY declaration is refused before parsing: no external entity is ever
 * resolved, no entity ever expanded. Shared with the import of files (electron/host/exchange).
 */
export function refuseDoctype(text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new CliError('doctype');
}

/** Strict parse: any warning or error of xmldom is a malformed file, with its line. */
export function parseXml(text: string): XmlDocument {
  let problem: string | null = null;
  const parser = new xmldom.DOMParser({
    locator: {},
    // xmldom recovers from most errors; a data file must not be half-read, so any report fails.
    errorHandler: (_level, message) => {
      problem ??= String(message);
    },
  });
  let document: XmlDocument | undefined;
  try {
    document = parser.parseFromString(text, 'application/xml');
  } catch (error) {
    problem ??= error instanceof Error ? error.message : String(error);
  }
  if (problem !== null || document === undefined) {
    const message = problem ?? '';
    const line = /\[line:(\d+)/.exec(message)?.[1];
    const detail = message
      .replace(/@#\[line:.*$/s, '')
      .replace(/^\[xmldom [a-zA-Z]+\]\s*/, '')
      .trim();
    throw new CliError('malformed_xml', { line: line && line !== '0' ? line : '?', detail });
  }
  return document;
}

/**
 * Makes the key declarations safe for graphology-graphml (which only knows keys for nodes, edges
 * and the graph, and typed ones) and returns the ids of the keys that carry an edge `weight`.
 */
function normaliseKeys(document: XmlDocument): Set<string> {
  const weightKeys = new Set<string>();
  for (const key of list(document, 'key')) {
    const id = key.getAttribute('id');
    const target = key.getAttribute('for') || 'node';
    if (!id || !['node', 'edge', 'graph', 'all'].includes(target)) {
      key.parentNode?.removeChild(key);
      continue;
    }
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', id);
    const type = key.getAttribute('attr.type');
    if (type && !KEY_TYPES.has(type)) key.removeAttribute('attr.type');
    if (target === 'all') {
      key.setAttribute('for', 'node');
      const forEdges = key.cloneNode(true);
      forEdges.setAttribute('for', 'edge');
      key.parentNode?.appendChild(forEdges);
    }
    if ((target === 'edge' || target === 'all') && key.getAttribute('attr.name') === 'weight') {
      weightKeys.add(id);
      const fallback = list(key, 'default')[0];
      if (fallback !== undefined) checkWeight(fallback.textContent, fallback);
    }
  }
  return weightKeys;
}

function checkWeight(text: string | null, element: XmlElement): void {
  const value = Number((text ?? '').trim());
  if ((text ?? '').trim() === '' || !Number.isFinite(value) || value < 0) {
    throw new CliError('bad_weight', { value: (text ?? '').trim(), line: lineOf(element) });
  }
}

function checkNodesAndEdges(document: XmlDocument, directed: boolean, weightKeys: Set<string>) {
  const ids = new Set<string>();
  for (const node of list(document, 'node')) {
    const id = node.getAttribute('id');
    if (!id) throw new CliError('missing_id', { line: lineOf(node) });
    if (ids.has(id)) throw new CliError('duplicate_node', { id, line: lineOf(node) });
    ids.add(id);
  }
  for (const edge of list(document, 'edge')) {
    for (const end of ['source', 'target']) {
      const id = edge.getAttribute(end);
      if (!id) throw new CliError('missing_endpoint', { line: lineOf(edge) });
      if (!ids.has(id)) throw new CliError('unknown_endpoint', { id, line: lineOf(edge) });
    }
    // xmldom answers '' for a missing attribute: ask whether it is there.
    if (edge.hasAttribute('directed') && (edge.getAttribute('directed') === 'true') !== directed) {
      throw new CliError('mixed_edges', { line: lineOf(edge) });
    }
    for (const data of list(edge, 'data')) {
      if (weightKeys.has(data.getAttribute('key') ?? '')) checkWeight(data.textContent, data);
    }
  }
}

function simplify(parsed: Graph, directed: boolean): GraphmlNetwork {
  const graph = new Graph<NetworkNode, NetworkEdge>({ type: directed ? 'directed' : 'undirected' });
  parsed.forEachNode((id, attributes) => {
    const sphere =
      typeof attributes.sphere === 'string' ? attributes.sphere.trim() : attributes.sphere;
    const label = attributes.label ?? attributes.name;
    graph.addNode(id, {
      label:
        label === undefined || label === null || String(label).trim() === '' ? id : String(label),
      sphere: sphere === undefined || sphere === null || sphere === '' ? null : String(sphere),
    });
  });
  // In a weighted file an edge without a weight weighs 1; parallel edges add their weights up.
  let weighted = false;
  parsed.forEachEdge((_edge, attributes) => {
    weighted ||= attributes.weight !== undefined;
  });
  let selfLoops = 0;
  let mergedEdges = 0;
  parsed.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) {
      selfLoops += 1;
      return;
    }
    const weight = attributes.weight === undefined ? 1 : Number(attributes.weight);
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      graph.addEdge(source, target, weighted ? { weight } : {});
      return;
    }
    mergedEdges += 1;
    if (weighted)
      graph.updateEdgeAttribute(existing, 'weight', (previous) => (previous ?? 0) + weight);
  });
  return { directed, graph, weighted, selfLoops, mergedEdges };
}
