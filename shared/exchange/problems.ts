// Why a file cannot be imported: a code the UI translates (`exchange.problems.<code>`), with the
// line or the element at fault when there is one. A refused file writes nothing.
import { z } from 'zod';

export const FILE_PROBLEMS = [
  /** Above the stated limit: refused before a byte is parsed. */
  'too_large',
  'empty',
  /** Not UTF-8 (or a UTF-16/32 byte-order mark): the text cannot be read as it was meant. */
  'encoding',
  /** Neither JSON, GraphML, GEXF, CSV nor a transfer file. */
  'unknown_format',
  'malformed_xml',
  /** A DOCTYPE or an ENTITY declaration: refused, never resolved nor expanded. */
  'doctype',
  'not_graphml',
  'not_gexf',
  'no_graph',
  'nested_graph',
  'hyperedges',
  'missing_id',
  'duplicate_id',
  'missing_endpoint',
  'unknown_endpoint',
  'invalid_json',
  'not_maillage',
  'too_new',
  'invalid_document',
  'too_many',
  'no_actors',
  'csv_malformed',
  'csv_missing_column',
  'csv_invalid_value',
  /** A transfer file whose passphrase is wrong or whose content was altered. */
  'wrong_passphrase',
  'transfer_damaged',
  'transfer_too_new',
] as const;
export type FileProblemCode = (typeof FILE_PROBLEMS)[number];

export const FileProblem = z.object({
  code: z.enum(FILE_PROBLEMS),
  /** 1-based line of the file, when the parser knows it. */
  line: z.int().min(1).nullable().default(null),
  /** The element, row or field at fault ("node n12", "actors.csv row 5", "ties.3.sourceId"). */
  element: z.string().max(200).nullable().default(null),
  /** The parser's own words (English), for the curious and for support; never shown alone. */
  detail: z.string().max(300).nullable().default(null),
});
export type FileProblem = z.infer<typeof FileProblem>;

/** Thrown by the readers; the import job turns it into a refused preview. */
export class FileProblemError extends Error {
  readonly problem: FileProblem;
  constructor(
    code: FileProblemCode,
    where: { line?: number | null; element?: string | null; detail?: string | null } = {},
  ) {
    super(
      `${code}${where.line ? ` at line ${where.line}` : ''}${where.element ? ` (${where.element})` : ''}`,
    );
    this.name = 'FileProblemError';
    this.problem = {
      code,
      line: where.line ?? null,
      element: where.element?.slice(0, 200) ?? null,
      detail: where.detail?.slice(0, 300) ?? null,
    };
  }
}
