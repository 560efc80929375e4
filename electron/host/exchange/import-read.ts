// From uploaded files to an import draft (a case document and what was dropped or guessed), or
// to the question the user must answer first: which columns (CSV), which passphrase (transfer).
// The format is told by the content, never by the file's name: the transfer file's magic, then
// `{` for JSON, then the root element of XML (graphml or gexf). Writes nothing.
import { randomUUID } from 'node:crypto';
import { flatFromCsv, guessMapping, type CsvMapping } from '../../../shared/exchange/csv';
import { draftFromGraph } from '../../../shared/exchange/graph-import';
import { parseJsonText, readAppDocument } from '../../../shared/exchange/migrations';
import type { JobState } from '../../../shared/exchange/ops';
import {
  ImportReport,
  type ImportDraft,
  type ImportFormat,
} from '../../../shared/exchange/preview';
import { FileProblemError } from '../../../shared/exchange/problems';
import { readCsv, sampleOf } from './csv-files';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import type { JobControl } from './jobs';
import { decodeText } from './text';
import { isTransferFile, openTransfer } from './transfer';
import type { UploadedFile } from './uploads';

export interface ImportFiles {
  data?: UploadedFile;
  actors?: UploadedFile;
  ties?: UploadedFile;
}

export type ReadOutcome =
  | { kind: 'draft'; draft: ImportDraft; format: ImportFormat }
  | { kind: 'question'; state: JobState };

export async function readImport(
  files: ImportFiles,
  options: { mapping?: CsvMapping; passphrase?: string; now: Date },
  control: JobControl,
): Promise<ReadOutcome> {
  const now = options.now.toISOString();
  control.progress('reading');
  await control.checkpoint();
  if (files.data) {
    const { bytes, fileName } = files.data;
    if (isTransferFile(bytes)) {
      if (options.passphrase === undefined) {
        return { kind: 'question', state: { state: 'needs_passphrase', retry: false } };
      }
      control.progress('decrypting');
      let text: string;
      try {
        text = await openTransfer(bytes, options.passphrase);
      } catch (error) {
        if (error instanceof FileProblemError && error.problem.code === 'wrong_passphrase') {
          return { kind: 'question', state: { state: 'needs_passphrase', retry: true } };
        }
        throw error;
      }
      await control.checkpoint();
      return { kind: 'draft', draft: await readJson(text, control), format: 'transfer' };
    }
    const text = decodeText(bytes);
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('{') || start.startsWith('[')) {
      return { kind: 'draft', draft: await readJson(text, control), format: 'json' };
    }
    if (start.startsWith('<')) {
      const root = rootName(start);
      if (root === 'gexf') {
        const graph = await readGexf(text, control);
        return {
          kind: 'draft',
          draft: draftFromGraph(graph, { fileName, now, newId: randomUUID }),
          format: 'gexf',
        };
      }
      // graphml, or any other XML: the GraphML reader says what is wrong with it.
      const graph = await readGraphml(text, control);
      await control.checkpoint();
      control.progress('mapping');
      return {
        kind: 'draft',
        draft: draftFromGraph(graph, { fileName, now, newId: randomUUID }),
        format: 'graphml',
      };
    }
    throw new FileProblemError('unknown_format', { line: 1 });
  }
  return readCsvFiles(files, options.mapping, now, control);
}

async function readJson(text: string, control: JobControl): Promise<ImportDraft> {
  control.progress('parsing');
  const value = parseJsonText(text);
  await control.checkpoint();
  control.progress('checking');
  const { document, fromVersion } = readAppDocument(value);
  const report = new ImportReport();
  if (document.partnerships.length > 0)
    report.drop('partnerships', '', document.partnerships.length);
  return { document: { ...document, partnerships: [] }, report, source: 'maillage', fromVersion };
}

async function readCsvFiles(
  files: ImportFiles,
  mapping: CsvMapping | undefined,
  now: string,
  control: JobControl,
): Promise<ReadOutcome> {
  if (!files.actors && !files.ties) throw new FileProblemError('empty');
  control.progress('parsing');
  const actors = files.actors
    ? readCsv(decodeText(files.actors.bytes), files.actors.fileName)
    : null;
  const ties = files.ties ? readCsv(decodeText(files.ties.bytes), files.ties.fileName) : null;
  await control.checkpoint();
  if (mapping === undefined) {
    return {
      kind: 'question',
      state: {
        state: 'needs_mapping',
        actors: actors ? sampleOf(actors) : null,
        ties: ties ? sampleOf(ties) : null,
        suggested: guessMapping(actors?.headers ?? null, ties?.headers ?? null),
      },
    };
  }
  control.progress('mapping');
  const report = new ImportReport();
  const graph = flatFromCsv(actors, ties, mapping, report);
  const fileName = (files.actors ?? files.ties)?.fileName ?? 'import.csv';
  const draft = draftFromGraph(graph, { fileName, now, newId: randomUUID, report });
  return { kind: 'draft', draft, format: 'csv' };
}

/** The first element's name, past the XML declaration, comments and processing instructions. */
function rootName(text: string): string | null {
  const stripped = text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*\s*/, '');
  return /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(stripped)?.[2]?.toLowerCase() ?? null;
}
