// GEXF, both ways, with graphology's own reader and writer (graphology-gexf): Gephi's format.
// Writing: attributes with their types, positions and sphere colours as viz, the case and the map
// as the graph's meta. Reading: the strict parser of xml.ts and structure checks with lines,
// then graphology-gexf interprets the document.
import Graph from 'graphology';
import { parse as parseGexfDocument, write as writeGexfText } from 'graphology-library/gexf';
import { SPHERE_COLOURS, EGO_COLOUR } from '../../../shared/exchange/palette';
import type { FlatAttributes, FlatGraph, FlatValue } from '../../../shared/exchange/flat-graph';
import { FileProblemError } from '../../../shared/exchange/problems';
import { readSphere } from '../../../shared/exchange/values';
import type { JobControl } from './jobs';
import { xmlText } from './graphml';
import { checkGraphStructure, elements, lineOf, parseXmlSafely } from './xml';

const CHECK_EVERY = 5_000;

export async function writeGexf(flat: FlatGraph, control: JobControl): Promise<string> {
  const graph = new Graph({ type: flat.directed ? 'directed' : 'undirected', multi: true });
  for (const [key, value] of Object.entries(flat.attributes))
    graph.setAttribute(key, xmlSafe(value));
  graph.setAttribute('creator', 'Maillage');
  let done = 0;
  const total = flat.nodes.length + flat.edges.length;
  for (const node of flat.nodes) {
    graph.addNode(node.id, cleaned(node.attributes));
    if (++done % CHECK_EVERY === 0) {
      control.progress('building', done, total);
      await control.checkpoint();
    }
  }
  for (const edge of flat.edges) {
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, cleaned(edge.attributes));
    if (++done % CHECK_EVERY === 0) {
      control.progress('building', done, total);
      await control.checkpoint();
    }
  }
  return writeGexfText(graph, {
    pretty: true,
    formatNode: (_key, attributes) => {
      const { label, x, y, ...rest } = attributes as FlatAttributes;
      const sphere = readSphere(rest.sphere);
      const colour = rest.ego === true ? EGO_COLOUR : sphere ? SPHERE_COLOURS[sphere] : undefined;
      return {
        label: label === undefined ? undefined : String(label),
        viz: {
          ...(typeof x === 'number' && typeof y === 'number' ? { x, y } : {}),
          ...(colour ? { color: colour } : {}),
          size: rest.ego === true ? 20 : 10,
        },
        attributes: rest,
      };
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = attributes as FlatAttributes;
      return { weight: typeof weight === 'number' ? weight : undefined, attributes: rest };
    },
  });
}

export async function readGexf(text: string, control: JobControl): Promise<FlatGraph> {
  control.progress('parsing');
  const document = parseXmlSafely(text);
  await control.checkpoint();
  const root = document.documentElement;
  if (root === null || root.localName !== 'gexf')
    throw new FileProblemError('not_gexf', { line: lineOf(root ?? undefined) });
  const graphs = elements(document, 'graph');
  if (graphs.length === 0) throw new FileProblemError('no_graph');
  if (graphs.length > 1) throw new FileProblemError('nested_graph', { line: lineOf(graphs[1]) });
  control.progress('checking');
  const { nodes: nodeLines, edges: edgeLines } = checkGraphStructure(document);
  // An attvalue naming no declared attribute would crash graphology's reader: say where it is.
  const declared = new Set(elements(document, 'attribute').map((a) => a.getAttribute('id') ?? ''));
  for (const value of elements(document, 'attvalue')) {
    const id = value.getAttribute('for') || value.getAttribute('id') || '';
    if (!declared.has(id))
      throw new FileProblemError('malformed_xml', {
        line: lineOf(value),
        element: `attvalue ${id}`,
      });
  }
  await control.checkpoint();
  control.progress('mapping');
  let parsed: Graph;
  try {
    parsed = parseGexfDocument(
      Graph,
      document as unknown as Parameters<typeof parseGexfDocument>[1],
    );
  } catch (error) {
    throw new FileProblemError('malformed_xml', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const attributes: FlatAttributes = {};
  for (const [key, value] of Object.entries(parsed.getAttributes())) {
    if (key === 'creator' || key === 'lastModifiedDate') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      attributes[key] = value;
  }
  const flat: FlatGraph = {
    attributes,
    directed: parsed.type === 'directed',
    nodes: [],
    edges: [],
  };
  parsed.forEachNode((id, nodeAttributes) => {
    flat.nodes.push({ id, line: nodeLines.get(id) ?? null, attributes: flatOnly(nodeAttributes) });
  });
  parsed.forEachEdge((key, edgeAttributes, source, target) => {
    flat.edges.push({
      id: key,
      line: edgeLines.get(key) ?? null,
      source,
      target,
      attributes: flatOnly(edgeAttributes),
    });
  });
  return flat;
}

function xmlSafe(value: FlatValue): FlatValue {
  return typeof value === 'string' ? xmlText(value) : value;
}

function cleaned(attributes: FlatAttributes): FlatAttributes {
  const out: FlatAttributes = {};
  for (const [key, value] of Object.entries(attributes)) out[key] = xmlSafe(value);
  return out;
}

function flatOnly(attributes: Record<string, unknown>): FlatAttributes {
  const out: FlatAttributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      out[key] = value;
    }
  }
  return out;
}
