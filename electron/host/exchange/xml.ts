// XML for the importers, through the command line's strict xmldom parser (electron/cli): a
// DOCTYPE or an ENTITY declaration is refused before parsing (no entity expansion, no external
// entity ever fetched), and any parser warning is a malformed file, with its line.
import { CliError } from '../../cli/errors';
import { parseXml, refuseDoctype, type XmlDocument, type XmlElement } from '../../cli/graphml';
import { FileProblemError } from '../../../shared/exchange/problems';

export type { XmlDocument, XmlElement };

export function parseXmlSafely(text: string): XmlDocument {
  try {
    refuseDoctype(text);
    return parseXml(text);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    if (error.key === 'doctype') {
      const index = text.search(/<!DOCTYPE|<!ENTITY/i);
      throw new FileProblemError('doctype', { line: lineAt(text, index) });
    }
    const line = Number(error.params.line);
    throw new FileProblemError('malformed_xml', {
      line: Number.isInteger(line) && line > 0 ? line : null,
      detail: String(error.params.detail ?? ''),
    });
  }
}

/**
 * Ids present and unique, ends known, for GraphML and GEXF alike: checked on the DOM so the
 * message gives the line. Returns the line of each node and edge id.
 */
export function checkGraphStructure(document: XmlDocument) {
  const nodes = new Map<string, number | null>();
  for (const node of elements(document, 'node')) {
    const id = node.getAttribute('id');
    if (!id) throw new FileProblemError('missing_id', { line: lineOf(node), element: 'node' });
    if (nodes.has(id))
      throw new FileProblemError('duplicate_id', { line: lineOf(node), element: `node ${id}` });
    nodes.set(id, lineOf(node));
  }
  const edges = new Map<string, number | null>();
  for (const edge of elements(document, 'edge')) {
    const id = edge.getAttribute('id');
    if (id) {
      if (edges.has(id))
        throw new FileProblemError('duplicate_id', { line: lineOf(edge), element: `edge ${id}` });
      edges.set(id, lineOf(edge));
    }
    for (const end of ['source', 'target']) {
      const value = edge.getAttribute(end);
      if (!value)
        throw new FileProblemError('missing_endpoint', {
          line: lineOf(edge),
          element: `edge ${id ?? ''}`.trim(),
        });
      if (!nodes.has(value)) {
        throw new FileProblemError('unknown_endpoint', {
          line: lineOf(edge),
          element: `edge ${id ?? ''} → ${value}`,
        });
      }
    }
  }
  return { nodes, edges };
}

export function elements(scope: XmlDocument | XmlElement, tag: string): XmlElement[] {
  return Array.from(scope.getElementsByTagName(tag));
}

export function lineOf(element: XmlElement | undefined): number | null {
  return element?.lineNumber ?? null;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}
