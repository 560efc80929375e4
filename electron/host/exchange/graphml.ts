// GraphML, both ways.
// Writing: xmlbuilder2 (escaping and well-formedness are the library's), one <key> per attribute
// of shared/exchange/flat-graph.ts with its GraphML type, the case and the map as graph data.
// Opens in Gephi, yEd, R (igraph::read_graph) and NetworkX; `weight` repeats the closeness.
// Reading: the strict parser of xml.ts, structure checks with the line of the element at fault,
// then graphology-graphml interprets keys and data (as the command line does). Network Canvas
// files are recognised by their namespace or their `networkCanvas…` keys (network-canvas.ts).
import Graph from 'graphology';
import { parse as parseGraphmlDocument } from 'graphology-library/graphml';
import { create } from 'xmlbuilder2';
import {
  EDGE_ATTRIBUTES,
  GRAPH_ATTRIBUTES,
  NODE_ATTRIBUTES,
  type AttributeType,
  type FlatAttributes,
  type FlatGraph,
  type FlatValue,
} from '../../../shared/exchange/flat-graph';
import { NC_NAMESPACE } from '../../../shared/exchange/network-canvas';
import { FileProblemError } from '../../../shared/exchange/problems';
import type { JobControl } from './jobs';
import {
  checkGraphStructure,
  elements,
  lineOf,
  parseXmlSafely,
  type XmlDocument,
  type XmlElement,
} from './xml';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const CHECK_EVERY = 2_000;

/** Characters XML 1.0 cannot carry (control characters, lone surrogates): dropped on writing. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (value: FlatValue): string => String(value).replace(NOT_XML, '');

export async function writeGraphml(graph: FlatGraph, control: JobControl): Promise<string> {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NAMESPACE, 'graphml');
  const declare = (scope: 'graph' | 'node' | 'edge', spec: Record<string, AttributeType>) => {
    for (const [name, type] of Object.entries(spec)) {
      root
        .ele('key', { id: `${scope[0]}_${name}`, for: scope, 'attr.name': name, 'attr.type': type })
        .up();
    }
  };
  declare('graph', GRAPH_ATTRIBUTES);
  declare('node', NODE_ATTRIBUTES);
  declare('edge', EDGE_ATTRIBUTES);
  const body = root.ele('graph', {
    id: 'G',
    edgedefault: graph.directed ? 'directed' : 'undirected',
  });
  const data = (parent: ReturnType<typeof body.ele>, scope: string, attributes: FlatAttributes) => {
    for (const [name, value] of Object.entries(attributes)) {
      parent
        .ele('data', { key: `${scope}_${name}` })
        .txt(xmlText(value))
        .up();
    }
  };
  data(body, 'g', graph.attributes);
  const total = graph.nodes.length + graph.edges.length;
  let done = 0;
  for (const node of graph.nodes) {
    const element = body.ele('node', { id: node.id });
    data(element, 'n', node.attributes);
    element.up();
    if (++done % CHECK_EVERY === 0) {
      control.progress('building', done, total);
      await control.checkpoint();
    }
  }
  for (const edge of graph.edges) {
    const element = body.ele('edge', { id: edge.id, source: edge.source, target: edge.target });
    data(element, 'e', edge.attributes);
    element.up();
    if (++done % CHECK_EVERY === 0) {
      control.progress('building', done, total);
      await control.checkpoint();
    }
  }
  return root.end({ prettyPrint: true });
}

interface AttributedElement extends XmlElement {
  readonly attributes: ArrayLike<{ name: string; value: string }>;
}

const KEY_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

export async function readGraphml(text: string, control: JobControl): Promise<FlatGraph> {
  control.progress('parsing');
  const document = parseXmlSafely(text);
  await control.checkpoint();
  const root = document.documentElement;
  if (root === null || root.localName !== 'graphml') {
    throw new FileProblemError('not_graphml', { line: lineOf(root ?? undefined) });
  }
  const graphs = elements(document, 'graph');
  const graphElement = graphs[0];
  if (graphElement === undefined) throw new FileProblemError('no_graph');
  if (graphs.length > 1) throw new FileProblemError('nested_graph', { line: lineOf(graphs[1]) });
  const hyperedge = elements(document, 'hyperedge')[0];
  if (hyperedge) throw new FileProblemError('hyperedges', { line: lineOf(hyperedge) });
  control.progress('checking');
  const lines = checkGraphStructure(document);
  const networkCanvas = normaliseKeys(document);
  await control.checkpoint();

  control.progress('mapping');
  let parsed: Graph;
  try {
    parsed = parseGraphmlDocument(
      Graph,
      document as unknown as Parameters<typeof parseGraphmlDocument>[1],
    );
  } catch (error) {
    throw new FileProblemError('malformed_xml', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  await control.checkpoint();
  const attributes: FlatAttributes = {};
  for (const [key, value] of Object.entries(parsed.getAttributes())) {
    if (key !== 'id' && isFlat(value)) attributes[key] = value;
  }
  // Network Canvas puts its session's facts on <graphml> or <graph> as nc:… attributes.
  for (const element of [root, graphElement] as AttributedElement[]) {
    for (const attribute of Array.from(element.attributes ?? [])) {
      if (attribute.name.startsWith('nc:')) attributes[attribute.name] = attribute.value;
    }
  }
  const flat: FlatGraph = {
    attributes,
    directed: parsed.type === 'directed',
    networkCanvas: networkCanvas || hasNcNamespace(root as AttributedElement),
    nodes: [],
    edges: [],
  };
  parsed.forEachNode((id, nodeAttributes) => {
    flat.nodes.push({
      id,
      line: lines.nodes.get(id) ?? null,
      attributes: flatOnly(nodeAttributes),
    });
  });
  parsed.forEachEdge((key, edgeAttributes, source, target) => {
    flat.edges.push({
      id: key,
      line: lines.edges.get(key) ?? null,
      source,
      target,
      attributes: flatOnly(edgeAttributes),
    });
  });
  return flat;
}

/**
 * Makes the keys safe for graphology-graphml, which knows keys for the graph, nodes and edges
 * with a name and a known type: `for="all"` becomes one key per scope, a key without a name is
 * named by its id, an unknown type is read as text. Says whether Network Canvas wrote the keys.
 */
function normaliseKeys(document: XmlDocument): boolean {
  let networkCanvas = false;
  for (const key of elements(document, 'key')) {
    const id = key.getAttribute('id');
    const target = key.getAttribute('for') || 'node';
    if (!id || !['node', 'edge', 'graph', 'all'].includes(target)) {
      key.parentNode?.removeChild(key);
      continue;
    }
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', id);
    if (/^networkCanvas/.test(key.getAttribute('attr.name') ?? '')) networkCanvas = true;
    const type = key.getAttribute('attr.type');
    if (type && !KEY_TYPES.has(type)) key.removeAttribute('attr.type');
    if (target === 'all') {
      key.setAttribute('for', 'node');
      for (const scope of ['edge', 'graph']) {
        const copy = key.cloneNode(true);
        copy.setAttribute('for', scope);
        key.parentNode?.appendChild(copy);
      }
    }
  }
  return networkCanvas;
}

function hasNcNamespace(root: AttributedElement): boolean {
  return Array.from(root.attributes ?? []).some(
    (a) => a.name.startsWith('xmlns') && a.value === NC_NAMESPACE,
  );
}

function isFlat(value: unknown): value is FlatValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}

function flatOnly(attributes: Record<string, unknown>): FlatAttributes {
  const out: FlatAttributes = {};
  for (const [key, value] of Object.entries(attributes)) if (isFlat(value)) out[key] = value;
  return out;
}
