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
