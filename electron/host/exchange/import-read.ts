// From uploaded files to an import draft (a case document and what was dropped or guessed), or
// to the question the user must answer first: which columns (CSV), which passphrase (transfer).
// The format is told by the content, never by the file's name: the transfer file's magic, then
// `{` for JSON, then the root element of XML (graphml or gexf). Writes nothing.
import { guessMapping, type CsvMapping } from '../../../shared/exchange/csv';
import type { JobState } from '../../../shared/exchange/ops';
import type { ImportDraft, ImportFormat } from '../../../shared/exchange/preview';
import { FileProblemError } from '../../../shared/exchange/problems';
import { readCsv, sampleOf } from './csv-files';
import type { JobControl } from './jobs';
import { runOffThread } from './off-thread';
import { draftOf, type WorkerTasks } from './worker-tasks';
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
      return {
        kind: 'draft',
        draft: await readOffThread('read-json', { text }, control),
        format: 'transfer',
      };
    }
    const text = decodeText(bytes);
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (start.startsWith('{') || start.startsWith('[')) {
      return {
        kind: 'draft',
        draft: await readOffThread('read-json', { text }, control),
        format: 'json',
      };
    }
    if (start.startsWith('<')) {
      // graphml, or any other XML: the GraphML reader says what is wrong with it.
      const format = rootName(start) === 'gexf' ? 'gexf' : 'graphml';
      const draft = await readOffThread(
        'read-xml',
        { format, file: { fileName, text }, now },
        control,
      );
      return { kind: 'draft', draft, format };
    }
    throw new FileProblemError('unknown_format', { line: 1 });
  }
  return readCsvFiles(files, options.mapping, now, control);
}

async function readOffThread<K extends 'read-json' | 'read-xml' | 'read-csv'>(
  task: K,
  input: WorkerTasks[K]['input'],
  control: JobControl,
): Promise<ImportDraft> {
  return draftOf(await runOffThread(task, input, control));
}

async function readCsvFiles(
  files: ImportFiles,
  mapping: CsvMapping | undefined,
  now: string,
  control: JobControl,
): Promise<ReadOutcome> {
  if (!files.actors && !files.ties) throw new FileProblemError('empty');
  const text = (file: UploadedFile | undefined) =>
    file ? { fileName: file.fileName, text: decodeText(file.bytes) } : null;
  const actors = text(files.actors);
  const ties = text(files.ties);
  if (mapping !== undefined) {
    const draft = await readOffThread('read-csv', { actors, ties, mapping, now }, control);
    return { kind: 'draft', draft, format: 'csv' };
  }
  // The mapping step needs the columns and a few rows of each file.
  control.progress('parsing');
  const actorTable = actors ? readCsv(actors.text, actors.fileName) : null;
  await control.checkpoint();
  const tieTable = ties ? readCsv(ties.text, ties.fileName) : null;
  return {
    kind: 'question',
    state: {
      state: 'needs_mapping',
      actors: actorTable ? sampleOf(actorTable) : null,
      ties: tieTable ? sampleOf(tieTable) : null,
      suggested: guessMapping(actorTable?.headers ?? null, tieTable?.headers ?? null),
    },
  };
}

/** The first element's name, past the XML declaration, comments and processing instructions. */
function rootName(text: string): string | null {
  const stripped = text.replace(/^(\s*(<\?[\s\S]*?\?>|<!--[\s\S]*?-->))*\s*/, '');
  return /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(stripped)?.[2]?.toLowerCase() ?? null;
}
